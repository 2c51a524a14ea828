import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs `XMLParser` over a part with a delegate; a parse error refuses the file.
enum XLSXParse {
    static func run(_ data: Data, _ delegate: XMLParserDelegate, path: String) throws(ImportError) {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            let reason = parser.parserError.map { String(describing: $0) } ?? "XML"
            throw .malformed(path: path, format: .xlsx, reason: reason)
        }
    }
}

/// `xl/workbook.xml`: the sheets in their order.
final class XLSXWorkbookParser: NSObject, XMLParserDelegate {
    var sheets: [XLSXSheet] = []

    static func sheets(_ data: Data, path: String) throws(ImportError) -> [XLSXSheet] {
        let parser = XLSXWorkbookParser()
        try XLSXParse.run(data, parser, path: path)
        return parser.sheets
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        guard element == "sheet", let name = attributes["name"] else { return }
        let relation = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append(XLSXSheet(name: name, relation: relation))
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id → part path.
final class XLSXRelationsParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    static func targets(_ data: Data, path: String) throws(ImportError) -> [String: String] {
        let parser = XLSXRelationsParser()
        try XLSXParse.run(data, parser, path: path)
        return parser.targets
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
    }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text, its runs joined, phonetic hints (`<rPh>`) left out.
final class XLSXSharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current = ""
    var inText = false
    var inPhonetic = false

    static func strings(_ data: Data, path: String) throws(ImportError) -> [String] {
        let parser = XLSXSharedStringsParser()
        try XLSXParse.run(data, parser, path: path)
        return parser.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch element {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch element {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// `xl/styles.xml`: for each cell style (`<cellXfs>`, by index), whether its number format shows a date.
final class XLSXStylesParser: NSObject, XMLParserDelegate {
    var customFormats: [Int: String] = [:]
    var styleFormats: [Int] = []
    var inCellStyles = false

    static func dateStyles(_ data: Data, path: String) throws(ImportError) -> [Bool] {
        let parser = XLSXStylesParser()
        try XLSXParse.run(data, parser, path: path)
        return parser.styleFormats.map { parser.isDate(format: $0) }
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init) { customFormats[id] = attributes["formatCode"] ?? "" }
        case "cellXfs": inCellStyles = true
        case "xf" where inCellStyles: styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
    ) {
        if element == "cellXfs" { inCellStyles = false }
    }

    /// Built-in formats 14–22 and 45–47 are dates or times; a custom one is a date when its code,
    /// without quoted text and `[…]` parts, has a day or a year.
    func isDate(format id: Int) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) { return true }
        guard let code = customFormats[id] else { return false }
        var plain = ""
        var skipping: Character?
        for character in code.lowercased() {
            if let end = skipping {
                if character == end { skipping = nil }
            } else if character == "\"" || character == "[" {
                skipping = character == "\"" ? "\"" : "]"
            } else {
                plain.append(character)
            }
        }
        return plain.contains("d") || plain.contains("y")
    }
}
