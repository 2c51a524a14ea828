import InovasiCore

/// One thing wrong in the config's `keys:` section, with the dotted key it is about
/// (`keys.queue.take`), so the caller can find its line in the file.
public struct KeyRebindProblem: Hashable, Sendable, Error {
    /// The dotted key of the entry at fault: `keys.<context>` or `keys.<context>.<action>`.
    public var key: String
    /// What is wrong, in both languages.
    public var message: Localized

    /// A problem about `key`, saying `message`.
    public init(key: String, message: Localized) {
        self.key = key
        self.message = message
    }
}
