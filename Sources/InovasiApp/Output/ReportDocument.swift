import Foundation
import InovasiCore

/// The report as one JSON document.
struct ReportDocument: Encodable {
    var city: String
    var generatedAt: Date
    var overdueDays: Int
    var agencies: [ReportRow]
    var total: ReportTotal
    var compliance: ReportCompliance
}

/// Instruksi 1/2022 compliance in JSON: each kind's share with a main innovation.
struct ReportCompliance: Encodable {
    struct Share: Encodable {
        var withMain: Int
        var total: Int
    }

    /// Perangkat daerah, kecamatan and kelurahan aside.
    var opd: Share
    var kecamatan: Share
    var kelurahan: Share
    var bidang: Share

    init(_ compliance: MainInnovationCompliance) {
        func share(_ value: MainInnovationCompliance.Share) -> Share { Share(withMain: value.met, total: value.total) }
        opd = share(compliance.agencies)
        kecamatan = share(compliance.districts)
        kelurahan = share(compliance.villages)
        bidang = share(compliance.divisions)
    }
}

/// One OPD's row in CSV and JSON, under stable English keys.
struct ReportRow: Encodable {
    var opd: String
    var opdName: String
    var kind: String
    /// Code of the kecamatan of a kelurahan; null otherwise.
    var parent: String?
    var initiative: Int
    var trial: Int
    var implementation: Int
    var waiting: Int
    var overdue: Int
    var hasMainInnovation: Bool
    var divisionsWithMain: Int
    var divisionsTotal: Int

    static let header = [
        "opd", "opdName", "kind", "parent", "initiative", "trial", "implementation", "waiting", "overdue",
        "hasMainInnovation", "divisionsWithMain", "divisionsTotal",
    ]

    init(_ row: AgencyProgress, parent: String?) {
        opd = row.agency.code
        opdName = row.agency.name
        kind = row.agency.kind.rawValue
        self.parent = parent
        initiative = row.innovationsByStage[.initiative] ?? 0
        trial = row.innovationsByStage[.trial] ?? 0
        implementation = row.innovationsByStage[.implementation] ?? 0
        waiting = row.waiting
        overdue = row.overdue
        hasMainInnovation = row.hasMainInnovation
        divisionsWithMain = row.divisionsWithMain
        divisionsTotal = row.divisionsTotal
    }

    var fields: [String] {
        [
            opd, opdName, kind, parent ?? "", String(initiative), String(trial), String(implementation),
            String(waiting), String(overdue), String(hasMainInnovation), String(divisionsWithMain),
            String(divisionsTotal),
        ]
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(opd, forKey: .opd)
        try container.encode(opdName, forKey: .opdName)
        try container.encode(kind, forKey: .kind)
        try container.encode(parent, forKey: .parent)
        try container.encode(initiative, forKey: .initiative)
        try container.encode(trial, forKey: .trial)
        try container.encode(implementation, forKey: .implementation)
        try container.encode(waiting, forKey: .waiting)
        try container.encode(overdue, forKey: .overdue)
        try container.encode(hasMainInnovation, forKey: .hasMainInnovation)
        try container.encode(divisionsWithMain, forKey: .divisionsWithMain)
        try container.encode(divisionsTotal, forKey: .divisionsTotal)
    }

    enum Key: String, CodingKey {
        case opd, opdName, kind, parent, initiative, trial, implementation, waiting, overdue
        case hasMainInnovation, divisionsWithMain, divisionsTotal
    }
}

/// The city total in JSON.
struct ReportTotal: Encodable {
    var agencies: Int
    var agenciesWithMain: Int
    var initiative: Int
    var trial: Int
    var implementation: Int
    var waiting: Int
    var overdue: Int
    var divisionsWithMain: Int
    var divisionsTotal: Int

    init(_ total: AgencyProgress, agencies: Int, withMain: Int) {
        self.agencies = agencies
        agenciesWithMain = withMain
        initiative = total.innovationsByStage[.initiative] ?? 0
        trial = total.innovationsByStage[.trial] ?? 0
        implementation = total.innovationsByStage[.implementation] ?? 0
        waiting = total.waiting
        overdue = total.overdue
        divisionsWithMain = total.divisionsWithMain
        divisionsTotal = total.divisionsTotal
    }
}
