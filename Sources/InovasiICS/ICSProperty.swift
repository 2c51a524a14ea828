/// One content line read from a file: `NAME;PARAM=value,"quoted":VALUE`, with where it began.
struct ICSProperty: Sendable, Equatable {
    /// The property name, upper-cased.
    let name: String
    /// Parameters by upper-cased name; each value unquoted, lists split on commas outside quotes.
    let parameters: [String: [String]]
    /// The raw value after the colon, still escaped.
    let value: String
    /// The first physical line of this content line.
    let line: Int

    /// The first value of parameter `name`, if any.
    func parameter(_ name: String) -> String? { parameters[name]?.first }

    /// `line` parsed; the colon that ends the name and parameters is the first one outside quotes.
    static func parse(_ text: String, line: Int) throws(ICSError) -> ICSProperty {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        let name = readName(scalars, &index)
        guard !name.isEmpty else {
            throw ICSError(line: line, index < scalars.count ? .badSyntax(text) : .noColon)
        }
        var parameters: [String: [String]] = [:]
        while index < scalars.count, scalars[index] == ";" {
            index += 1
            let key = readName(scalars, &index)
            guard !key.isEmpty, index < scalars.count, scalars[index] == "=" else {
                throw ICSError(line: line, .badSyntax(text))
            }
            index += 1
            parameters[key.uppercased(), default: []] += try readValues(scalars, &index, text: text, line: line)
        }
        guard index < scalars.count, scalars[index] == ":" else {
            throw ICSError(line: line, index < scalars.count ? .badSyntax(text) : .noColon)
        }
        var value = String.UnicodeScalarView()
        value.append(contentsOf: scalars[(index + 1)...])
        return ICSProperty(name: name.uppercased(), parameters: parameters, value: String(value), line: line)
    }

    /// A name or parameter name: letters, digits and `-`.
    private static func readName(_ scalars: [Unicode.Scalar], _ index: inout Int) -> String {
        var name = String.UnicodeScalarView()
        while index < scalars.count, isNameScalar(scalars[index]) {
            name.append(scalars[index])
            index += 1
        }
        return String(name)
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "-")
    }

    /// A parameter's values up to the next `;` or `:` outside quotes, split on commas outside quotes.
    private static func readValues(
        _ scalars: [Unicode.Scalar], _ index: inout Int, text: String, line: Int
    ) throws(ICSError) -> [String] {
        var values: [String] = []
        var current = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                guard let close = scalars[(index + 1)...].firstIndex(of: "\"") else {
                    throw ICSError(line: line, .badSyntax(text))
                }
                current.append(contentsOf: scalars[(index + 1)..<close])
                index = close + 1
                continue
            }
            if scalar == ";" || scalar == ":" { break }
            if scalar == "," {
                values.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
            index += 1
        }
        values.append(String(current))
        return values
    }
}

/// A component read from a file (`BEGIN:VEVENT` … `END:VEVENT`) with its properties and the
/// components nested in it.
struct ICSComponent: Sendable {
    /// The component name, upper-cased (`VCALENDAR`, `VEVENT`, `VTIMEZONE`, `STANDARD`, …).
    let name: String
    /// The line of its `BEGIN`.
    let line: Int
    /// Its properties in file order.
    var properties: [ICSProperty] = []
    /// The components nested in it.
    var children: [ICSComponent] = []

    /// The first property called `name`.
    func property(_ name: String) -> ICSProperty? { properties.first { $0.name == name } }

    /// Every property called `name`.
    func all(_ name: String) -> [ICSProperty] { properties.filter { $0.name == name } }

    /// The calendar in `bytes`: unfolded, decoded, parsed, with BEGIN and END matched.
    static func parseCalendar(_ bytes: [UInt8]) throws(ICSError) -> ICSComponent {
        let lines = ICSFolding.unfold(bytes)
        guard let first = lines.first else { throw ICSError(line: 0, .empty) }
        var stack: [ICSComponent] = []
        var root: ICSComponent?
        for line in lines {
            guard let text = String(validating: line.bytes, as: UTF8.self) else {
                throw ICSError(line: line.number, .notUTF8)
            }
            let property = try ICSProperty.parse(text, line: line.number)
            if stack.isEmpty, root != nil || !(property.name == "BEGIN" && property.value.uppercased() == "VCALENDAR") {
                throw ICSError(line: line.number, root == nil ? .notCalendar : .badSyntax(text))
            }
            switch property.name {
            case "BEGIN": stack.append(ICSComponent(name: property.value.uppercased(), line: line.number))
            case "END":
                guard let open = stack.popLast(), open.name == property.value.uppercased() else {
                    throw ICSError(line: line.number, .unexpectedEnd(property.value))
                }
                if stack.isEmpty { root = open } else { stack[stack.count - 1].children.append(open) }
            default: stack[stack.count - 1].properties.append(property)
            }
        }
        if let open = stack.last { throw ICSError(line: open.line, .unclosed(open.name)) }
        guard let root else { throw ICSError(line: first.number, .notCalendar) }
        return root
    }
}
