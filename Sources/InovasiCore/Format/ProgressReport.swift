/// The per-OPD progress rows in reading order, with the city total.
///
/// Each kelurahan sits under its kecamatan (as in the city's own lists), so a supervisor reads a
/// kecamatan and its kelurahan together; the store returns them flat.
public struct ProgressReport: Sendable {
    /// One row with how deep it is indented: 0 for an OPD, 1 for a kelurahan under its kecamatan.
    public struct Line: Sendable, Hashable {
        /// The OPD's figures.
        public var progress: AgencyProgress
        /// Indentation level: 1 for a kelurahan under its kecamatan.
        public var depth: Int

        /// A row at a depth.
        public init(progress: AgencyProgress, depth: Int) {
            self.progress = progress
            self.depth = depth
        }
    }

    /// Rows in reading order.
    public internal(set) var lines: [Line]
    /// Sums over every row; its agency is `totalAgency`.
    public private(set) var total: AgencyProgress
    /// How many OPDs (kelurahan included) have their own main innovation.
    public private(set) var agenciesWithMain: Int
    /// The reporting year shown beside the rows (`report --year`), which `--sort` may order by.
    public var year: YearReport?

    /// Orders `rows` (kept in the given order, kelurahan moved under their kecamatan, by name) and
    /// sums them. A kelurahan whose kecamatan is missing stays at the end, so no row is lost.
    public init(rows: [AgencyProgress], totalAgency: Agency) {
        var children: [Int64: [AgencyProgress]] = [:]
        var topLevel: [AgencyProgress] = []
        let ids = Set(rows.map(\.agency.id))
        for row in rows {
            if row.agency.kind == .kelurahan, let parent = row.agency.parentID, ids.contains(parent) {
                children[parent, default: []].append(row)
            } else {
                topLevel.append(row)
            }
        }
        var lines: [Line] = []
        for row in topLevel {
            lines.append(Line(progress: row, depth: 0))
            let kids = children[row.agency.id, default: []].sorted { $0.agency.name < $1.agency.name }
            lines.append(contentsOf: kids.map { Line(progress: $0, depth: 1) })
        }
        self.lines = lines
        self.total = AgencyProgress.total(of: rows, as: totalAgency)
        self.agenciesWithMain = rows.filter(\.hasMainInnovation).count
    }

    /// The agency that names the total row, in the chosen language.
    public static func totalAgency(_ language: Language) -> Agency {
        Agency(id: 0, code: "TOTAL", name: ColumnText.reportCityTotal.text(language), kind: .badan)
    }
}
