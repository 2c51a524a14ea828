/// One OPD's progress on the Instruksi: innovations by stage, proposals waiting, main innovation.
///
/// The store computes it with `GROUP BY` in SQL; this value only carries the result.
public struct AgencyProgress: Codable, Hashable, Sendable, Identifiable {
    /// The OPD's id, so progress rows can be listed and selected by agency.
    public var id: Int64 { agency.id }
    /// The OPD the counts belong to (for a city total, the stand-in agency given to ``total(of:as:)``).
    public var agency: Agency
    /// Innovations per tahapan: how far the OPD's innovations have got (absent stages count 0).
    public var innovationsByStage: [Stage: Int]
    /// Innovations per bentuk, so the OPD's mix of forms can be reported (absent forms count 0).
    public var innovationsByForm: [InnovationForm: Int]
    /// Innovations per jenis, so the share of digital ones can be reported (absent kinds count 0).
    public var innovationsByKind: [InnovationKind: Int]
    /// The OPD's proposals per review status (absent statuses count 0).
    public var proposalsByStatus: [ProposalStatus: Int]
    /// Proposals submitted or in review.
    public var waiting: Int
    /// Waiting longer than the configured number of days.
    public var overdue: Int
    /// Whether the OPD itself has a main innovation.
    public var hasMainInnovation: Bool
    /// How many of its bidang have a main innovation.
    public var divisionsWithMain: Int
    /// How many bidang the OPD has; each must run a main innovation for the OPD to meet the Instruksi.
    public var divisionsTotal: Int

    /// Progress of `agency`; every count defaults to zero, so the store fills only what it found.
    public init(
        agency: Agency, innovationsByStage: [Stage: Int] = [:],
        innovationsByForm: [InnovationForm: Int] = [:], innovationsByKind: [InnovationKind: Int] = [:],
        proposalsByStatus: [ProposalStatus: Int] = [:], waiting: Int = 0, overdue: Int = 0,
        hasMainInnovation: Bool = false, divisionsWithMain: Int = 0, divisionsTotal: Int = 0
    ) {
        self.agency = agency
        self.innovationsByStage = innovationsByStage
        self.innovationsByForm = innovationsByForm
        self.innovationsByKind = innovationsByKind
        self.proposalsByStatus = proposalsByStatus
        self.waiting = waiting
        self.overdue = overdue
        self.hasMainInnovation = hasMainInnovation
        self.divisionsWithMain = divisionsWithMain
        self.divisionsTotal = divisionsTotal
    }

    /// All innovations of the OPD.
    public var innovationTotal: Int { innovationsByStage.values.reduce(0, +) }

    /// Whether the OPD meets the Instruksi: a main innovation for itself and every bidang.
    public var meetsInstruction: Bool { hasMainInnovation && divisionsWithMain == divisionsTotal }

    /// Sums rows into a city total; the agency of the result is `totalAgency`.
    public static func total(of rows: [AgencyProgress], as totalAgency: Agency) -> AgencyProgress {
        var sum = AgencyProgress(agency: totalAgency)
        for row in rows {
            sum.innovationsByStage.merge(row.innovationsByStage, uniquingKeysWith: +)
            sum.innovationsByForm.merge(row.innovationsByForm, uniquingKeysWith: +)
            sum.innovationsByKind.merge(row.innovationsByKind, uniquingKeysWith: +)
            sum.proposalsByStatus.merge(row.proposalsByStatus, uniquingKeysWith: +)
            sum.waiting += row.waiting
            sum.overdue += row.overdue
            sum.divisionsWithMain += row.divisionsWithMain
            sum.divisionsTotal += row.divisionsTotal
        }
        sum.hasMainInnovation = rows.allSatisfy(\.hasMainInnovation)
        return sum
    }
}
