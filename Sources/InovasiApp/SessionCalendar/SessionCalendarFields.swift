import Foundation
import InovasiCore
import InovasiICS

/// The session fields of one event: from our `X-INOVASI-…` properties when the file is ours, else
/// guessed from the standard ones (see ``SessionCalendarImport``).
struct SessionCalendarFields {
    typealias F = SessionCalendarField
    typealias Problem = SessionCalendarError.EventProblem

    let event: ICSEvent
    let directory: SessionCalendarDirectory
    let defaults: SessionCalendarDefaults

    /// Whether the event carries our own fields.
    var isOwn: Bool { event.extras.contains { $0.name.hasPrefix("X-INOVASI-") } }

    /// URL, else a LOCATION that is a link.
    var link: String {
        if let url = Self.trimmed(event.url) { return url }
        return Self.trimmed(event.location).flatMap { Self.isLink($0) ? $0 : nil } ?? ""
    }

    /// Our place as entered; else LOCATION, else the link, else the default.
    var place: String {
        Self.trimmed(event.extra(F.place)) ?? Self.trimmed(event.location) ?? (link.isEmpty ? nil : link)
            ?? defaults.place
    }

    var speaker: String { Self.trimmed(event.extra(F.speaker)) ?? defaults.speakerName }

    var institution: String { Self.trimmed(event.extra(F.institution)) ?? defaults.speakerInstitution }

    /// Our notes; a foreign event's DESCRIPTION.
    var notes: String {
        (isOwn ? event.extra(F.notes) : event.description)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    var followUp: String { event.extra(F.followUp)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }

    /// Ours as written; a foreign event with a link is online, or hybrid when it also names a place.
    func mode() throws(Problem) -> SessionMode {
        if let text = event.extra(F.mode) {
            guard let mode = SessionMode(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw .badValue(F.mode, text)
            }
            return mode
        }
        if link.isEmpty { return .offline }
        let location = Self.trimmed(event.location) ?? ""
        return location.isEmpty || Self.isLink(location) ? .online : .hybrid
    }

    /// Ours as written (done included); else CANCELLED or scheduled.
    func status() throws(Problem) -> SessionStatus {
        if let text = event.extra(F.status) {
            guard let status = SessionStatus(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw .badValue(F.status, text)
            }
            return status
        }
        return event.status == .cancelled ? .cancelled : .scheduled
    }

    func labStage() throws(Problem) -> LabStage? {
        guard let text = Self.trimmed(event.extra(F.labStage)) else { return nil }
        guard let stage = LabStage(typed: text) else { throw .badValue(F.labStage, text) }
        return stage
    }

    /// The OPDs the properties `name` list by code, ascending; codes the store lacks are refused together.
    func agencies(_ name: String) throws(Problem) -> [Int64] {
        var ids: Set<Int64> = []
        var unknown: [String] = []
        for property in event.extras(named: name) {
            if let id = directory.agencyID(code: property.value) {
                ids.insert(id)
            } else {
                unknown.append(property.value)
            }
        }
        guard unknown.isEmpty else { throw .unknownOPDs(unknown) }
        return ids.sorted()
    }

    /// The innovations listed by OPD code and title, ascending; unknown ones refused together.
    func innovations() throws(Problem) -> [Int64] {
        var ids: Set<Int64> = []
        var unknown: [String] = []
        for property in event.extras(named: F.innovation) {
            let code = property.parameters[F.opdParameter] ?? ""
            let number = property.parameters[F.idParameter].flatMap { Int64($0) }
            if let id = directory.innovationID(code: code, title: property.value, id: number) {
                ids.insert(id)
            } else {
                unknown.append(code.isEmpty ? property.value : code + ": " + property.value)
            }
        }
        guard unknown.isEmpty else { throw .unknownInnovations(unknown) }
        return ids.sorted()
    }

    private static func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// `http://` or `https://` and no space: a meeting link rather than a room.
    static func isLink(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !text.contains(" ")
    }
}
