import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A worksheet part: its rows with the numbers the spreadsheet shows, each cell in its column
/// (from the cell reference `B3`), empty cells left empty.
final class XLSXSheetParser: NSObject, XMLParserDelegate {
    let strings: [String]
    let dateStyles: [Bool]
    var rows: [ImportRow] = []
    var rowNumber = 0
    var cells: [Int: String] = [:]
    var cell: (column: Int, type: String, style: Int)?
    var value = ""
    var inValue = false

    init(strings: [String], dateStyles: [Bool]) {
        self.strings = strings
        self.dateStyles = dateStyles
    }

    static func rows(_ data: Data, strings: [String], dateStyles: [Bool], path: String) throws(ImportError)
        -> [ImportRow]
    {
        let parser = XLSXSheetParser(strings: strings, dateStyles: dateStyles)
        try XLSXParse.run(data, parser, path: path)
        return parser.rows
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch element {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = [:]
        case "c":
            let column = attributes["r"].flatMap(Self.column) ?? (cells.keys.max().map { $0 + 1 } ?? 0)
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            value = ""
        case "v", "t":
            inValue = cell != nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch element {
        case "v", "t": inValue = false
        case "c":
            if let cell { cells[cell.column] = text(value, type: cell.type, style: cell.style) }
            cell = nil
        case "row":
            let width = (cells.keys.max() ?? -1) + 1
            rows.append(ImportRow(place: .sheetRow(rowNumber), cells: (0..<width).map { cells[$0] ?? "" }))
        default: break
        }
    }

    /// A cell's text: a shared string by its index, a date-formatted number as its day, else as stored.
    func text(_ raw: String, type: String, style: Int) -> String {
        switch type {
        case "s":
            guard let index = Int(raw), strings.indices.contains(index) else { return "" }
            return strings[index]
        case "n":
            guard style < dateStyles.count, dateStyles[style], let serial = Double(raw),
                let day = ImportValues.excelSerialDay(serial)
            else { return Self.plainNumber(raw) }
            return day.description
        default:
            return raw
        }
    }

    /// `1250000` for a whole number stored as `1250000` or `1.25E6`; other numbers as stored.
    static func plainNumber(_ raw: String) -> String {
        guard let number = Double(raw), number == number.rounded(), abs(number) < 1e15 else { return raw }
        return String(Int64(number))
    }

    /// The zero-based column of a reference: `A3` → 0, `AB12` → 27.
    static func column(_ reference: String) -> Int? {
        var number = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            number = number * 26 + Int(scalar.value) - 64
        }
        return number > 0 ? number - 1 : nil
    }
}
