import Foundation
import InovasiCore
import InovasiStore

/// Reading the values of `inovasi sessions …`; each refusal names its option.
enum SessionsInput {
    /// The domain's field names as the options that set them, so a refusal points at what to retype.
    static let options = [
        "title": "--title", "startsAt": "--start", "endsAt": "--end", "location": "--place",
        "speakerName": "--speaker", "speakerInstitution": "--institution", "meetingLink": "--link",
        "notes": "--notes", "followUp": "--follow-up", "agencyIDs": "--opd", "innovationIDs": "--innovation",
        "attended": "--attended", "id": "ID",
    ]

    /// Runs a check of the rules, its refusal renamed to the option.
    static func checked<T>(_ body: () throws(InovasiCore.ValidationError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw renamed(error)
        }
    }

    /// A ``StoreError`` naming the option instead of the domain field.
    static func renamed(_ error: InovasiCore.ValidationError) -> StoreError {
        .validation(InovasiCore.ValidationError(field: options[error.field] ?? error.field, reason: error.reason))
    }

    static func minute(_ text: String?, field: String) throws -> Int? {
        guard let text else { return nil }
        return try checked { () throws(InovasiCore.ValidationError) in try SessionRule.minute(text, field: field) }
    }

    /// The day of `--date`; one that does not exist (2026-02-30) is refused naming the option.
    static func day(_ text: String) throws -> CalendarDay {
        try checked { () throws(InovasiCore.ValidationError) in try SessionRule.day(text, field: "--date") }
    }

    /// ``SessionRule/validate(_:)`` with its refusal naming the option.
    static func validate(_ session: MentoringSession) throws {
        try checked { () throws(InovasiCore.ValidationError) in try SessionRule.validate(session) }
    }

    /// Minutes after midnight of `date` on the clocks of `zone`.
    static func minute(of date: Date, _ zone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
    }

    static func mode(_ text: String) throws(InputRefusal) -> SessionMode {
        let wanted = InnovationInput.key(text)
        let extra: [String: SessionMode] = ["luring": .offline, "daring": .online, "campuran": .hybrid]
        if let found = SessionMode(rawValue: wanted) ?? extra[wanted] { return found }
        throw InputRefusal(SessionsText.badMode(text))
    }

    /// A stage, or nil for an empty text (an edit clears the stage that way).
    static func labStage(_ text: String) throws(InputRefusal) -> LabStage? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        guard let stage = LabStage(typed: text) else { throw InputRefusal(SessionsText.badLabStage(text)) }
        return stage
    }

    static func id(_ text: String) throws(InputRefusal) -> Int64 {
        guard let id = Int64(text), id > 0 else { throw InputRefusal(SessionsText.badID(text)) }
        return id
    }

    /// The stored session, or a refusal naming the number and the file.
    static func existing(_ text: String, store: Store, _ context: CommandContext) throws -> MentoringSession {
        let id = try id(text)
        guard let session = try store.session(id: id) else {
            throw CLIFailure.input(SessionsText.unknownSession(id, path: context.storePath), context.language)
        }
        return session
    }

    /// Runs a store write, its field refusals renamed to the options.
    static func saving<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch StoreError.validation(let error) {
            throw renamed(error)
        }
    }
}
