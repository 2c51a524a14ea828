import Foundation
import InovasiCore

/// `report --year` as one JSON document: each OPD's figures of the year, the city's, the mentoring.
struct YearReportDocument: Encodable {
    var city: String
    var generatedAt: Date
    var year: Int
    /// The zone whose years the figures are counted in.
    var timeZone: String
    var agencies: [YearRow]
    var total: YearFigures
    var mentoring: YearMentoring
}

/// The mentoring of the year in JSON, institutions under their stable English tags.
struct YearMentoring: Encodable {
    var sessionsDone: Int
    var agenciesReached: Int
    var byInstitution: [String: Int]

    init(_ mentoring: MentoringYear) {
        sessionsDone = mentoring.sessionsDone
        agenciesReached = mentoring.agenciesReached
        byInstitution = Dictionary(
            mentoring.byInstitution.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: +)
    }
}

/// One OPD's row of a year in CSV and JSON, under stable English keys.
struct YearRow: Encodable {
    var opd: String
    var opdName: String
    var kind: String
    /// Code of the kecamatan of a kelurahan; null otherwise.
    var parent: String?
    var figures: YearFigures

    static let header = [
        "opd", "opdName", "kind", "parent", "proposalsIn", "approved", "revisionRequested", "rejected",
        "reachedTrial", "reachedImplementation", "stageMoves", "movedBack", "innovationsStarted",
    ]

    init(_ agency: Agency, parent: String?, _ figures: YearFigures) {
        opd = agency.code
        opdName = agency.name
        kind = agency.kind.rawValue
        self.parent = parent
        self.figures = figures
    }

    private init(total figures: YearFigures) {
        opd = "TOTAL"
        opdName = "TOTAL"
        kind = "total"
        parent = nil
        self.figures = figures
    }

    /// The city total's row.
    static func total(_ figures: YearFigures) -> YearRow { YearRow(total: figures) }

    var fields: [String] {
        [opd, opdName, kind, parent ?? ""]
            + [
                figures.proposalsIn, figures.approved, figures.revisionRequested, figures.rejected,
                figures.reachedTrial, figures.reachedImplementation, figures.stageMoves, figures.movedBack,
                figures.innovationsStarted,
            ].map(String.init)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(opd, forKey: .opd)
        try container.encode(opdName, forKey: .opdName)
        try container.encode(kind, forKey: .kind)
        try container.encode(parent, forKey: .parent)
        try container.encode(figures, forKey: .figures)
    }

    enum Key: String, CodingKey {
        case opd, opdName, kind, parent, figures
    }
}
