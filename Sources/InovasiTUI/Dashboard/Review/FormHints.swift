import InovasiCore

/// A form's key hints, with the keys read from the key map in force, so they follow it: only the
/// words are written by hand (in ``ReviewText``), never the keys.
struct FormHints {
    /// One hint: the keys of some actions and what they do in this form.
    struct Item {
        /// Groups of actions, written one after the other with "atau"/"or" between groups.
        var groups: [[DashboardAction]]
        /// What the keys do here.
        var label: Localized
        /// How many keys of each action are shown (`Enter/Esc` shows two of one binding).
        var keysPerAction = 1
    }

    var context: KeyContext
    var items: [Item]

    /// The hint line in `language`; an item whose keys are all unbound is left out.
    func text(_ keyMap: KeyMap, _ language: Language) -> String {
        let bindings = keyMap.bindings(in: context)
        return items.compactMap { item -> String? in
            guard !item.groups.isEmpty else { return item.label.text(language) }
            let groups = item.groups.compactMap { group($0, item.keysPerAction, bindings, language) }
            guard !groups.isEmpty else { return nil }
            let keys = groups.joined(separator: " \(ReviewText.or.text(language)) ")
            return "\(keys) \(item.label.text(language))"
        }.joined(separator: "  ")
    }

    /// The keys of `actions`: a run of digits as `1–5`, single symbols side by side (`↑↓`), else `a/b`.
    func group(_ actions: [DashboardAction], _ count: Int, _ bindings: [KeyBinding], _ language: Language)
        -> String?
    {
        let names = actions.flatMap { action in
            (bindings.first { $0.action == action }?.keys.prefix(count) ?? []).map { KeyNames.name($0, language) }
        }
        guard let first = names.first, let last = names.last else { return nil }
        let digits = names.compactMap { Int($0) }
        if names.count > 2, digits.count == names.count, digits == Array(digits[0]...digits[0] + digits.count - 1) {
            return "\(first)–\(last)"
        }
        if count == 1, names.allSatisfy({ $0.count == 1 }) { return names.joined() }
        return names.joined(separator: "/")
    }
}

extension FormHints {
    static let moved: [DashboardAction] = [.formMoved(-1), .formMoved(1)]
    static let changed: [DashboardAction] = [.formValueChanged(-1), .formValueChanged(1)]
    static func digits(_ top: Int) -> [DashboardAction] { (1...top).map { .formDigit($0) } }

    static let score = FormHints(
        context: .form,
        items: [
            Item(groups: [moved], label: ReviewText.rowHint),
            Item(groups: [changed, digits(5)], label: ReviewText.valueHint),
            Item(groups: [[.formEntered]], label: ReviewText.noteSaveHint),
            Item(groups: [[.formCancelled]], label: ReviewText.leaveDraftHint),
        ])
    static let decision = FormHints(
        context: .form,
        items: [
            Item(groups: [changed, digits(3)], label: ReviewText.chooseHint),
            Item(groups: [[.formEntered]], label: ReviewText.noteContinueHint),
            Item(groups: [[.formCancelled]], label: ReviewText.cancelHint),
        ])
    static let confirm = FormHints(
        context: .form,
        items: [
            Item(groups: [[.formEntered]], label: ReviewText.yesDecideHint),
            Item(groups: [[.formCancelled]], label: ReviewText.backHint),
        ])
    static let text = FormHints(
        context: .textInput,
        items: [
            Item(groups: [], label: ReviewText.typeNoteHint),
            Item(groups: [[.formTextFinished]], label: ReviewText.doneHint, keysPerAction: 2),
        ])
    static let pick = FormHints(
        context: .form,
        items: [
            Item(groups: [moved], label: ReviewText.chooseHint),
            Item(groups: [[.formEntered]], label: ReviewText.assignHint),
            Item(groups: [[.formCancelled]], label: ReviewText.cancelHint),
        ])
    static let filter = FormHints(
        context: .form,
        items: [
            Item(groups: [moved], label: ReviewText.rowHint),
            Item(groups: [changed], label: ReviewText.changeHint),
            Item(groups: [[.formEntered]], label: ReviewText.applyHint),
            Item(groups: [[.formCancelled]], label: ReviewText.cancelHint),
        ])
}
