/// Content lines of at most 75 octets (RFC 5545 section 3.1): a longer line continues on lines that
/// begin with one space. A break never falls inside a character, nor inside a grapheme cluster
/// when the cluster fits on a line.
public enum ICSFolding {
    /// The most octets a physical line holds, without its CRLF.
    public static let limit = 75

    /// `line` folded into physical lines joined by CRLF (no CRLF after the last).
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > limit else { return line }
        var lines: [String] = []
        var current = ""
        var room = limit
        for character in line {
            let size = character.utf8.count
            if size > room, !current.isEmpty {
                lines.append(current)
                current = " "
                room = limit - 1
            }
            if size > room {
                // A cluster longer than a whole line (a long emoji sequence): split between scalars.
                for scalar in character.unicodeScalars {
                    let scalarSize = String(scalar).utf8.count
                    if scalarSize > room {
                        lines.append(current)
                        current = " "
                        room = limit - 1
                    }
                    current.unicodeScalars.append(scalar)
                    room -= scalarSize
                }
            } else {
                current.append(character)
                room -= size
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// A logical content line put back together from the octets of a file, with the number of its
    /// first physical line (1-based), for error messages.
    public struct Line: Sendable, Equatable {
        /// The number of its first physical line in the file.
        public let number: Int
        /// The unfolded octets, without CRLF.
        public let bytes: [UInt8]
    }

    /// The logical lines of `bytes`: split on LF (a CR before it dropped), a line that begins with a
    /// space or a tab joined to the one before without that character; empty lines skipped. Works
    /// on octets, so a writer that split a character across lines is still read right.
    public static func unfold(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var current: [UInt8] = []
        var currentNumber = 0
        var number = 0
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            number += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var physical = bytes[start..<end]
            if physical.last == 0x0D { physical = physical.dropLast() }
            start = end + 1
            if let first = physical.first, first == 0x20 || first == 0x09, currentNumber > 0 {
                current += physical.dropFirst()
                continue
            }
            if currentNumber > 0 { lines.append(Line(number: currentNumber, bytes: current)) }
            current = Array(physical)
            currentNumber = physical.isEmpty ? 0 : number
        }
        if currentNumber > 0 { lines.append(Line(number: currentNumber, bytes: current)) }
        return lines
    }
}
