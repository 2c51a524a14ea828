import Foundation

/// Bad input, naming the field and why, so a message can say what and where.
public struct ValidationError: Error, Equatable, Sendable {
    /// Why a value is refused.
    public enum Reason: Equatable, Sendable {
        case missing
        case empty
        case tooLong(max: Int)
        case outOfRange(min: Int, max: Int, got: Int)
        case negative
        case endBeforeStart
        case unknownReference
        case invalid
        /// Something that may only be said of the past, said before it happened (a session done before it started).
        case notYet
        /// A stage move the stage rule refuses (``StageRule``).
        case stage(StageRefusal)
    }

    /// Dotted field name in English, stable for scripts: `title`, `score.renewal`, `endsAt`.
    public let field: String
    /// Why the value is refused, so a message can say how to fix it.
    public let reason: Reason

    public init(field: String, reason: Reason) {
        self.field = field
        self.reason = reason
    }
}

/// Checks shared by the entity validators.
enum Check {
    static func text(_ value: String, field: String, max: Int) throws(ValidationError) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationError(field: field, reason: .empty) }
        guard value.count <= max else { throw ValidationError(field: field, reason: .tooLong(max: max)) }
    }

    /// A text that may be empty but not longer than `max` characters.
    static func length(_ value: String, field: String, max: Int) throws(ValidationError) {
        guard value.count <= max else { throw ValidationError(field: field, reason: .tooLong(max: max)) }
    }
}
