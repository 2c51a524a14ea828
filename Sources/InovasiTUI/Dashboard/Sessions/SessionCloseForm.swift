import InovasiCore

/// The calendar's `c` (cancel a session, asking the reason) and `x` (mark it done: which of the
/// OPDs it served attended, all picked at first, and the follow-up agreed).
public struct SessionCloseForm: Hashable, Sendable {
    /// Which of the two it is.
    public enum Kind: Hashable, Sendable {
        /// `c`: call the session off, with the reason.
        case cancel
        /// `x`: record it as held, who attended and the follow-up.
        case done
    }

    /// Cancel or done.
    public var kind: Kind
    /// The session, as stored when the form opened.
    public var session: MentoringSession
    /// The OPDs the session serves, offered in the attendance list.
    public var served: [Agency]
    /// The fields: `reason` (cancel); `attended` and `followUp` (done).
    public var form: FormModel

    /// A form of `kind` on the seed's session; nil when the seed has none.
    public init?(_ kind: Kind, _ seed: SessionFormSeed) {
        guard let session = seed.session else { return nil }
        self.kind = kind
        self.session = session
        served = session.agencyIDs.compactMap { id in seed.agencies.first { $0.id == id } }
        switch kind {
        case .cancel:
            form = FormModel(
                fields: [
                    FormField(
                        "reason", SessionFormText.reason, .multiline(TextInput()), isRequired: true, maxLength: 5_000)
                ], submitLabel: SessionFormText.confirmCancel)
        case .done:
            let names = served.map(SessionForm.name)
            form = FormModel(
                fields: [
                    FormField(
                        "attended", SessionFormText.attended,
                        .pick(PickList(options: names, isMultiple: true, picked: names))),
                    FormField("followUp", SessionFormText.followUp, .multiline(TextInput()), maxLength: 5_000),
                ], submitLabel: SessionFormText.confirmDone)
        }
        form.markUnchanged()
    }

    /// The form's title: what is done to which session.
    public var title: Localized {
        switch kind {
        case .cancel: SessionFormText.cancelTitle(session.id, session.title)
        case .done: SessionFormText.doneTitle(session.id, session.title)
        }
    }

    /// The save the form asks for.
    public var save: SessionSave {
        let text = { (id: String) in form[id]?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
        switch kind {
        case .cancel:
            return .cancel(session, reason: text("reason"))
        case .done:
            guard case .pick(let list) = form["attended"]?.kind else {
                return .done(session, attended: [], followUp: text("followUp"))
            }
            let attended = served.filter { list.value.contains(SessionForm.name($0)) }.map(\.id)
            return .done(session, attended: attended, followUp: text("followUp"))
        }
    }
}
