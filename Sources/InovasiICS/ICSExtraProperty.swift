/// One non-standard property of an event (`X-INOVASI-OPD;NAME=…:value`): a name beginning `X-`,
/// optional parameters and a TEXT value, escaped and folded like any text when written.
public struct ICSExtraProperty: Hashable, Sendable {
    /// The property name, upper case, beginning `X-`.
    public var name: String
    /// Parameters by upper-case name, each with one value (written quoted when it needs to be).
    public var parameters: [String: String]
    /// The value as text (unescaped).
    public var value: String

    /// A property `name` (upper-cased) with `value` and `parameters`.
    public init(_ name: String, _ value: String, parameters: [String: String] = [:]) {
        self.name = name.uppercased()
        self.parameters = parameters
        self.value = value
    }

    /// The content line, without folding: parameters in name order, a parameter value quoted when it
    /// holds `:` `;` or `,` (a double quote, which no parameter value may hold, is dropped).
    var line: String {
        var text = name
        for key in parameters.keys.sorted() {
            let raw = (parameters[key] ?? "").filter { $0 != "\"" && !$0.isNewline }
            let needsQuotes = raw.contains { $0 == ":" || $0 == ";" || $0 == "," }
            text += ";" + key.uppercased() + "=" + (needsQuotes ? "\"" + raw + "\"" : raw)
        }
        return text + ":" + ICSEscaping.escape(value)
    }

    /// Whether a property name is one of these: `X-` followed by a name.
    static func isExtra(_ name: String) -> Bool { name.hasPrefix("X-") && name.count > 2 }
}
