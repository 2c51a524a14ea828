/// What happened in one reporting year for one OPD or the city (issue 12, point 6). Each figure is
/// counted in the year of its own date: proposals by submission, decisions by the decision (an
/// undone one not at all), stage moves by the move, innovations by their start.
public struct YearFigures: Codable, Hashable, Sendable {
    /// Proposals submitted in the year.
    public var proposalsIn = 0
    /// Approvals decided in the year.
    public var approved = 0
    /// Revisions requested in the year.
    public var revisionRequested = 0
    /// Rejections decided in the year.
    public var rejected = 0
    /// Innovations that reached uji coba in the year (moving forward, or starting there).
    public var reachedTrial = 0
    /// Innovations that reached penerapan in the year.
    public var reachedImplementation = 0
    /// Stage moves recorded in the year, forward or back (an innovation's first step is its start).
    public var stageMoves = 0
    /// Of those, moves back to an earlier stage.
    public var movedBack = 0
    /// Innovations started in the year.
    public var innovationsStarted = 0

    /// No figures yet; the store adds what it finds.
    public init() {}

    /// Every decision of the year.
    public var decisions: Int { approved + revisionRequested + rejected }

    /// The sum of two sets of figures (a city total).
    public static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.proposalsIn += rhs.proposalsIn
        sum.approved += rhs.approved
        sum.revisionRequested += rhs.revisionRequested
        sum.rejected += rhs.rejected
        sum.reachedTrial += rhs.reachedTrial
        sum.reachedImplementation += rhs.reachedImplementation
        sum.stageMoves += rhs.stageMoves
        sum.movedBack += rhs.movedBack
        sum.innovationsStarted += rhs.innovationsStarted
        return sum
    }
}

/// Mentoring held in a reporting year: sessions done, by the narasumber's institution, OPDs reached.
public struct MentoringYear: Hashable, Sendable {
    /// Sessions marked done that started in the year.
    public var sessionsDone = 0
    /// Those sessions by the narasumber's institution (absent: none).
    public var byInstitution: [Institution: Int] = [:]
    /// Active OPDs that attended one of them (or, when no attendance was recorded, were invited).
    public var agenciesReached = 0

    /// No sessions yet.
    public init() {}
}

/// One reporting year of the city: each active OPD's figures in the store's order, the city total
/// and the mentoring held. The one value `inovasi report --year`, the yearly report and the
/// dashboard's year mode show.
public struct YearReport: Hashable, Sendable {
    /// The year described.
    public var year: ReportingYear
    /// Figures by OPD id, for every active OPD (zeros included).
    public var byAgency: [Int64: YearFigures]
    /// The sum over every active OPD.
    public var total: YearFigures
    /// Mentoring held in the year.
    public var mentoring: MentoringYear

    /// A year's figures; the total is summed here so it always matches the rows.
    public init(year: ReportingYear, byAgency: [Int64: YearFigures], mentoring: MentoringYear) {
        self.year = year
        self.byAgency = byAgency
        self.total = byAgency.values.reduce(YearFigures(), +)
        self.mentoring = mentoring
    }

    /// One OPD's figures, zeros when it had none.
    public func figures(of agencyID: Int64) -> YearFigures { byAgency[agencyID] ?? YearFigures() }
}
