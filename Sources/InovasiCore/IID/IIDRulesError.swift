/// A rules file refused: the dotted key (`sid[2].weight`) and what it needs; the reader adds the
/// file and the line, so the office finds the mistake at once.
public struct IIDRulesError: Error, Equatable, Sendable {
    /// The dotted key, with list positions from 0 in brackets.
    public var key: String
    /// What is wrong, in both languages.
    public var problem: Localized
    /// The file's line (from 1), once the reader has found the key in it.
    public var line: Int?

    /// An error about `key`.
    public init(key: String, problem: Localized, line: Int? = nil) {
        self.key = key
        self.problem = problem
        self.line = line
    }

    /// What a decoder threw, as an error naming the key.
    public static func from(decoding error: any Error) -> IIDRulesError {
        if let unknown = error as? ConfigFile.UnknownKey {
            return IIDRulesError(key: unknown.path, problem: IIDText.unknownKey(unknown.known.joined(separator: ", ")))
        }
        guard let decoding = error as? DecodingError else { return IIDRulesError(key: "", problem: IIDText.notRules) }
        switch decoding {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return IIDRulesError(key: ConfigError.keyPath(context.codingPath), problem: IIDText.wrongType)
        case .keyNotFound(let key, let context):
            return IIDRulesError(key: ConfigError.keyPath(context.codingPath + [key]), problem: IIDText.missingKey)
        @unknown default:
            return IIDRulesError(key: "", problem: IIDText.notRules)
        }
    }

    /// The message naming `file`, the line when known, and the key.
    public func message(file: String) -> Localized {
        guard !key.isEmpty else { return IIDText.refused(file: file, line: line, problem: problem) }
        return IIDText.refused(file: file, line: line, key: ConfigError.shownKey(key) ?? "?", problem: problem)
    }
}
