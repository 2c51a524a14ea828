/// A colour as tmux reports it in `capture-pane -e` output.
public enum PaneColor: Hashable, Sendable {
    /// A palette index: 30–37 and 90–97 are reported as 0–7 and 8–15, `38;5;n` as `n`.
    case indexed(Int)
    case rgb(Int, Int, Int)
}

/// One character of a captured line with the colours and attributes it was shown in.
public struct StyledCharacter: Hashable, Sendable {
    /// The character as shown.
    public var character: Character
    /// The foreground colour; nil is the terminal's default colour.
    public var foreground: PaneColor?
    /// The background colour; nil is the terminal's default colour.
    public var background: PaneColor?
    /// Bold (SGR 1), which carries meaning when there is no colour.
    public var bold: Bool
    /// Underlined (SGR 4).
    public var underline: Bool
    /// Reversed (SGR 7), the usual look of a selection without colour.
    public var reverse: Bool

    /// A character; with no other arguments, in the terminal's default look.
    public init(
        character: Character, foreground: PaneColor? = nil, background: PaneColor? = nil,
        bold: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.character = character
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }
}

/// Reads `capture-pane -e` output, so theme and colour tests can ask what a cell looked like.
public enum StyledLine {
    /// The characters of `line` with the style in force for each (SGR sequences applied in order).
    public static func parse(_ line: String) -> [StyledCharacter] {
        var current = StyledCharacter(character: " ")
        var out: [StyledCharacter] = []
        let scalars = Array(line.unicodeScalars)
        var index = 0
        var text = String.UnicodeScalarView()
        func flush() {
            for character in String(text) {
                current.character = character
                out.append(current)
            }
            text = String.UnicodeScalarView()
        }
        while index < scalars.count {
            guard scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" else {
                text.append(scalars[index])
                index += 1
                continue
            }
            flush()
            var end = index + 2
            while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
            if end < scalars.count, scalars[end] == "m" {
                let parameters = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
                apply(parameters, to: &current)
            }
            index = end + 1
        }
        flush()
        return out
    }

    private static func apply(_ parameters: String, to style: inout StyledCharacter) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        var index = 0
        while index < numbers.count {
            let code = numbers[index]
            switch code {
            case 0: style = StyledCharacter(character: " ")
            case 1: style.bold = true
            case 4: style.underline = true
            case 7: style.reverse = true
            case 22: style.bold = false
            case 24: style.underline = false
            case 27: style.reverse = false
            case 30...37: style.foreground = .indexed(code - 30)
            case 90...97: style.foreground = .indexed(code - 90 + 8)
            case 39: style.foreground = nil
            case 40...47: style.background = .indexed(code - 40)
            case 100...107: style.background = .indexed(code - 100 + 8)
            case 49: style.background = nil
            case 38, 48:
                let (color, used) = extendedColor(numbers, from: index + 1)
                if code == 38 { style.foreground = color } else { style.background = color }
                index += used
            default: break
            }
            index += 1
        }
    }

    /// `5;n` or `2;r;g;b` after a 38 or 48; returns the colour and how many numbers it took.
    private static func extendedColor(_ numbers: [Int], from start: Int) -> (PaneColor?, Int) {
        guard start < numbers.count else { return (nil, 0) }
        if numbers[start] == 5, start + 1 < numbers.count { return (.indexed(numbers[start + 1]), 2) }
        if numbers[start] == 2, start + 3 < numbers.count {
            return (.rgb(numbers[start + 1], numbers[start + 2], numbers[start + 3]), 4)
        }
        return (nil, 1)
    }
}
