import Foundation

/// The bytes that give a crashed program's terminal back: built before a crash, written by the
/// crash handler with nothing but `write(2)`.
enum ResetSequence {
    /// The terminfo strings that undo what a full-screen program changes, in the order to send them.
    static let capabilities = ["sgr0", "op", "cnorm", "rmkx", "rmcup"]

    /// Joins the present `capabilities` (same order as ``capabilities``), padding removed.
    ///
    /// Without `rmcup` there is no alternate screen to leave (the Linux console), so the screen is
    /// cleared with `clear` instead and the dashboard does not stay behind.
    static func bytes(from values: [String: String], clear: String?) -> [UInt8] {
        var out: [UInt8] = []
        for name in capabilities {
            guard let value = values[name] else { continue }
            out.append(contentsOf: withoutPadding(value).utf8)
        }
        if values["rmcup"] == nil, let clear {
            out.append(contentsOf: withoutPadding(clear).utf8)
        }
        return out
    }

    /// `text` without terminfo padding markers (`$<5>`, `$<2*/>`), which only `tputs` understands.
    static func withoutPadding(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "$<") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else {
                rest = rest[start.lowerBound...]
                break
            }
            rest = rest[rest.index(after: end)...]
        }
        out += rest
        return out
    }
}
