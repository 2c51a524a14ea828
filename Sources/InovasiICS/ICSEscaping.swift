/// RFC 5545 TEXT values (section 3.3.11): backslash, semicolon, comma and newline are escaped.
public enum ICSEscaping {
    /// `text` as a TEXT value: `\` `;` `,` escaped, every line break (CRLF, CR, LF) written `\n`, a tab
    /// a space, other control characters dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            case "\t": out += " "
            default:
                // Other control characters are not allowed in a content line (RFC 5545 section 3.1).
                if scalar.value >= 0x20, scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// The text a TEXT value stands for; `\n` and `\N` are line breaks, an unknown escape keeps its
    /// character (Outlook writes `\:`), a lone trailing backslash is kept.
    public static func unescape(_ value: Substring) -> String {
        var out = ""
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                out.unicodeScalars.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if escaping { out += "\\" }
        return out
    }

    /// A list value (`CATEGORIES`) split on its unescaped commas, each part unescaped.
    public static func splitList(_ value: Substring) -> [String] {
        var parts: [String] = []
        var start = value.startIndex
        var index = value.startIndex
        var escaping = false
        while index < value.endIndex {
            let character = value[index]
            if escaping {
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "," {
                parts.append(unescape(value[start..<index]))
                start = value.index(after: index)
            }
            index = value.index(after: index)
        }
        parts.append(unescape(value[start..<value.endIndex]))
        return parts.filter { !$0.isEmpty }
    }
}
