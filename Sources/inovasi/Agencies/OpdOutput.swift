import InovasiApp
import InovasiCore

/// The OPDs of a store in the four formats.
struct OpdOutput {
    let items: [OpdItem]
    let style: OutputStyle

    /// The rows of `agencies`; `codes` (every OPD) names a kelurahan's kecamatan.
    init(agencies: [Agency], codes: [Agency], divisions: [Int64: [Division]], style: OutputStyle) {
        let byID = Dictionary(codes.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        items = agencies.map {
            OpdItem($0, parent: $0.parentID.flatMap { byID[$0] }, divisions: divisions[$0.id] ?? [])
        }
        self.style = style
    }

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: table(markdown: false)
        case .markdown: table(markdown: true)
        case .csv: style.csv(header: OpdItem.header, rows: items.map(\.fields))
        case .json: try JSONOutput.encode(items)
        }
    }

    func table(markdown: Bool) -> String {
        let language = style.language
        var table = TextTable(columns: [
            TextTable.Column(OpdText.codeHeading.text(language)),
            TextTable.Column(OpdText.shortNameHeading.text(language)),
            TextTable.Column(ColumnText.reportAgency.text(language), maxWidth: 48),
            TextTable.Column(OutputText.problemKindHeading.text(language)),
            TextTable.Column(OpdText.parentHeading.text(language)),
            TextTable.Column(OpdText.divisionsHeading.text(language), alignment: .right),
            TextTable.Column(OpdText.activeHeading.text(language)),
        ])
        for item in items {
            let active = (item.active ? ColumnText.yes : ColumnText.no).text(language)
            table.add([
                item.code, item.shortName.isEmpty ? "–" : item.shortName, item.name,
                AgencyKind(rawValue: item.kind)?.label.text(language) ?? item.kind, item.parent ?? "–",
                String(item.divisions.count), active,
            ])
        }
        if markdown { return table.markdown() }
        return table.render() + (items.isEmpty ? OpdText.noAgencies.text(language) + "\n" : "")
    }
}

/// One OPD under stable English keys.
struct OpdItem: Encodable {
    var code: String
    var shortName: String
    var name: String
    var kind: String
    var parent: String?
    var active: Bool
    var divisions: [String]

    static let header = ["code", "shortName", "name", "kind", "parent", "active", "divisions"]

    init(_ agency: Agency, parent: String?, divisions: [Division]) {
        code = agency.code
        shortName = agency.shortName
        name = agency.name
        kind = agency.kind.rawValue
        self.parent = parent
        active = agency.isActive
        self.divisions = divisions.map(\.name)
    }

    /// The CSV row; the bidang joined with "; ".
    var fields: [String] {
        [code, shortName, name, kind, parent ?? "", active ? "true" : "false", divisions.joined(separator: "; ")]
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(code, forKey: .code)
        try container.encode(shortName, forKey: .shortName)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(parent, forKey: .parent)
        try container.encode(active, forKey: .active)
        try container.encode(divisions, forKey: .divisions)
    }

    enum Key: String, CodingKey {
        case code, shortName, name, kind, parent, active, divisions
    }
}
