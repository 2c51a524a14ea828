import Foundation

/// Date, date-time and duration values (RFC 5545 sections 3.3.4, 3.3.5, 3.3.6).
enum ICSDateParser {
    /// A date or date-time as written: its wall time, whether it is a date only, whether it ends in `Z`.
    struct Value: Sendable {
        let wall: Date
        let isDate: Bool
        let isUTC: Bool
    }

    /// `20261203`, `20261203T090000` or `20261203T020000Z`; a date that does not exist is refused.
    static func wall(_ text: String, line: Int) throws(ICSError) -> Value {
        let value = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(value.utf8)
        let isUTC = bytes.last == UInt8(ascii: "Z")
        let body = isUTC ? Array(bytes.dropLast()) : bytes
        guard body.count == 8 || (body.count == 15 && body[8] == UInt8(ascii: "T")) else {
            throw ICSError(line: line, .badDate(value))
        }
        let digits = body.count == 8 ? body : Array(body[0..<8] + body[9...])
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { throw ICSError(line: line, .badDate(value)) }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let isDate = body.count == 8
        let wall =
            isDate
            ? ICSWallClock.wall(number(0..<4), number(4..<6), number(6..<8))
            : ICSWallClock.wall(
                number(0..<4), number(4..<6), number(6..<8), number(8..<10), number(10..<12), number(12..<14))
        guard let wall, !(isDate && isUTC) else { throw ICSError(line: line, .badDate(value)) }
        return Value(wall: wall, isDate: isDate, isUTC: isUTC)
    }

    /// A duration: nominal days (weeks count seven) added on the calendar, and exact seconds.
    struct Duration: Sendable, Equatable {
        let days: Int
        let seconds: Int
    }

    /// `P1D`, `PT1H30M`, `P2W`, `-PT15M`.
    static func duration(_ text: String, line: Int) throws(ICSError) -> Duration {
        let value = text.trimmingCharacters(in: .whitespaces).uppercased()
        var rest = Substring(value)
        var sign = 1
        if rest.first == "+" || rest.first == "-" {
            sign = rest.first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        guard rest.first == "P", rest.count > 1 else { throw ICSError(line: line, .badDuration(value)) }
        rest = rest.dropFirst()
        var days = 0
        var seconds = 0
        var inTime = false
        var digits = ""
        for character in rest {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if character == "T", !inTime, digits.isEmpty {
                inTime = true
                continue
            }
            guard let amount = Int(digits) else { throw ICSError(line: line, .badDuration(value)) }
            digits = ""
            switch (character, inTime) {
            case ("W", false): days += amount * 7
            case ("D", false): days += amount
            case ("H", true): seconds += amount * 3600
            case ("M", true): seconds += amount * 60
            case ("S", true): seconds += amount
            default: throw ICSError(line: line, .badDuration(value))
            }
        }
        guard digits.isEmpty, !value.hasSuffix("T") else { throw ICSError(line: line, .badDuration(value)) }
        return Duration(days: sign * days, seconds: sign * seconds)
    }
}
