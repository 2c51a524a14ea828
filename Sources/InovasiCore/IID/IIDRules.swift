/// The rules of one year's Indeks Inovasi Daerah, read from a YAML file (see README, "The IID
/// rules"): every number the score needs comes from here, never from code, because the Ministry
/// changes them from year to year and the office must be able to correct them.
///
/// A section the file does not give is nil (a year known only in part, like 2025); the score needs
/// it and says so through ``missingSections``.
public struct IIDRules: Sendable, Equatable {
    /// The assessment year the rules are for.
    public var year: Int
    /// Where the rules were taken from, as written in the file.
    public var source: String
    /// Whether the whole file was checked against the official letter.
    public var verified: Bool
    /// The largest total (SPD + maturity average + number score); the index is the total over it × 100.
    public var maxTotal: Double?
    /// The minimum divisor of the maturity average.
    public var divisor: IIDDivisorRule?
    /// The score per innovation sent and its cap.
    public var numberScore: IIDNumberRule?
    /// The basic-service affairs every region must cover, or its number score is 0.
    public var basicServiceAffairs: IIDAffairsRule?
    /// The predicate bands, highest first.
    public var predicates: IIDPredicateRule?
    /// The implementation dates an innovation must fall in to count.
    public var window: IIDWindow?
    /// The stage an innovation must have reached to be sent (penerapan in 2026); nil: any stage.
    public var requiredStage: Stage?
    /// The region's last official result, shown next to the estimate; nil when the file gives none.
    public var lastOfficial: IIDOfficialResult?
    /// The SPD indicators (the region as a whole).
    public var spd: [IIDIndicator]
    /// The SID indicators (per innovation).
    public var sid: [IIDIndicator]

    /// Rules with every part given.
    public init(
        year: Int, source: String = "", verified: Bool = false, maxTotal: Double? = nil,
        divisor: IIDDivisorRule? = nil, numberScore: IIDNumberRule? = nil,
        basicServiceAffairs: IIDAffairsRule? = nil, predicates: IIDPredicateRule? = nil, window: IIDWindow? = nil,
        requiredStage: Stage? = nil, lastOfficial: IIDOfficialResult? = nil,
        spd: [IIDIndicator] = [], sid: [IIDIndicator] = []
    ) {
        self.year = year
        self.source = source
        self.verified = verified
        self.maxTotal = maxTotal
        self.divisor = divisor
        self.numberScore = numberScore
        self.basicServiceAffairs = basicServiceAffairs
        self.predicates = predicates
        self.window = window
        self.requiredStage = requiredStage
        self.lastOfficial = lastOfficial
        self.spd = spd
        self.sid = sid
    }

    /// The highest SPD score: every indicator at level 3.
    public var spdMaximum: Double { spd.reduce(0) { $0 + $1.weight * 3 } }
    /// The highest SID score of one innovation: every indicator at level 3.
    public var sidMaximum: Double { sid.reduce(0) { $0 + $1.weight * 3 } }
    /// The SID indicators an innovation loses its points on without evidence, and the report names.
    public var mandatorySID: [IIDIndicator] { sid.filter(\.mandatory) }

    /// The file's keys of the sections the score needs and this file lacks, so a partial year says
    /// what it cannot compute instead of computing a wrong index.
    public var missingSections: [String] {
        var missing: [String] = []
        if maxTotal == nil { missing.append("maxTotal") }
        if divisor == nil { missing.append("divisor") }
        if numberScore == nil { missing.append("numberScore") }
        if basicServiceAffairs == nil { missing.append("basicServiceAffairs") }
        if predicates == nil { missing.append("predicates") }
        if window == nil { missing.append("window") }
        if spd.isEmpty { missing.append("spd") }
        if sid.isEmpty { missing.append("sid") }
        return missing
    }
}

/// Where a value comes from and whether it was checked, kept beside every section so the office
/// sees which numbers still need the official letter.
public struct IIDProvenance: Sendable, Equatable {
    /// Whether the value was checked against the official letter.
    public var verified: Bool
    /// The source or a note on it (blank when the file gives none).
    public var source: String

    /// A provenance; by default unverified without a note.
    public init(verified: Bool = false, source: String = "") {
        self.verified = verified
        self.source = source
    }
}

/// One indicator of the SPD or SID: score = weight × the level chosen (0 to 3).
public struct IIDIndicator: Sendable, Equatable {
    /// Its number as the Ministry writes it: `16`, `6a`.
    public var number: String
    /// Its name.
    public var name: String
    /// Points per level.
    public var weight: Double
    /// Whether an innovation without its evidence loses those points and is flagged for it.
    public var mandatory: Bool
    /// The text of levels 1, 2 and 3 (blank where the source gives none).
    public var levels: [String]
    /// Whether it was checked, and where from.
    public var provenance: IIDProvenance
    /// Whether its level is read from the innovation's penetapan (regulasi, `from: enactment` in the
    /// file) instead of being entered: one fact, one place.
    public var fromEnactment: Bool

    /// An indicator; `levels` has three texts, blank when unknown.
    public init(
        number: String, name: String, weight: Double, mandatory: Bool = false, levels: [String] = ["", "", ""],
        provenance: IIDProvenance = IIDProvenance(), fromEnactment: Bool = false
    ) {
        self.number = number
        self.name = name
        self.weight = weight
        self.mandatory = mandatory
        self.levels = levels
        self.provenance = provenance
        self.fromEnactment = fromEnactment
    }
}

/// The maturity average is the SID scores' sum over MAX(`minimum`, number of innovations sent).
public struct IIDDivisorRule: Sendable, Equatable {
    /// The smallest divisor, even for fewer innovations.
    public var minimum: Int
    /// Whether it was checked, and where from.
    public var provenance: IIDProvenance

    /// A divisor rule.
    public init(minimum: Int, provenance: IIDProvenance = IIDProvenance()) {
        self.minimum = minimum
        self.provenance = provenance
    }
}

/// The number score: `perInnovation` points for each innovation sent, up to `cap` innovations.
public struct IIDNumberRule: Sendable, Equatable {
    /// Points per innovation.
    public var perInnovation: Double
    /// The number of innovations beyond which no more points come.
    public var cap: Int
    /// Whether it was checked, and where from.
    public var provenance: IIDProvenance

    /// A number rule.
    public init(perInnovation: Double, cap: Int, provenance: IIDProvenance = IIDProvenance()) {
        self.perInnovation = perInnovation
        self.cap = cap
        self.provenance = provenance
    }
}

/// The urusan pelayanan dasar: when the innovations sent leave one uncovered, the number score is 0.
public struct IIDAffairsRule: Sendable, Equatable {
    /// The affairs' names as the Ministry writes them.
    public var affairs: [String]
    /// Other names an affair goes by in the office's records (`also:` in the file), keyed by the
    /// affair's name: the city's list says "ketenteraman dan ketertiban umum" for what UU 23/2014
    /// calls "ketenteraman, ketertiban umum, dan pelindungan masyarakat".
    public var alsoKnownAs: [String: [String]]
    /// Whether it was checked, and where from.
    public var provenance: IIDProvenance

    /// An affairs rule.
    public init(
        affairs: [String], alsoKnownAs: [String: [String]] = [:], provenance: IIDProvenance = IIDProvenance()
    ) {
        self.affairs = affairs
        self.alsoKnownAs = alsoKnownAs
        self.provenance = provenance
    }

    /// The affair's name and its other names.
    public func names(of affair: String) -> [String] { [affair] + (alsoKnownAs[affair] ?? []) }
}

/// One predicate band: from `from` (inclusive, to two decimals) up to the next band.
public struct IIDPredicateBand: Sendable, Equatable {
    /// The predicate's name as the Ministry writes it (`Sangat Inovatif`).
    public var name: String
    /// The lowest index of the band.
    public var from: Double

    /// A band.
    public init(name: String, from: Double) {
        self.name = name
        self.from = from
    }
}

/// The predicate bands of a year.
public struct IIDPredicateRule: Sendable, Equatable {
    /// The bands, highest `from` first.
    public var bands: [IIDPredicateBand]
    /// Whether they were checked, and where from.
    public var provenance: IIDProvenance

    /// A predicate rule; the bands are kept highest first.
    public init(bands: [IIDPredicateBand], provenance: IIDProvenance = IIDProvenance()) {
        self.bands = bands.sorted { $0.from > $1.from }
        self.provenance = provenance
    }
}

/// The implementation dates an innovation must fall in, inclusive, as `YYYY-MM-DD`.
public struct IIDWindow: Sendable, Equatable {
    /// The first day.
    public var from: CalendarDay
    /// The last day.
    public var to: CalendarDay
    /// Whether it was checked, and where from.
    public var provenance: IIDProvenance

    /// A window.
    public init(from: CalendarDay, to: CalendarDay, provenance: IIDProvenance = IIDProvenance()) {
        self.from = from
        self.to = to
        self.provenance = provenance
    }

    /// Whether `day` falls inside.
    public func contains(_ day: CalendarDay) -> Bool { from <= day && day <= to }
}

/// The region's last official IID, as the Ministry published it, so the estimate shows how far the
/// office has come (48.30 for 2025).
public struct IIDOfficialResult: Sendable, Equatable {
    /// The assessment year of the result.
    public var year: Int
    /// The published index.
    public var index: Double
    /// The published predicate, as written.
    public var predicate: String
    /// Where it was published (a decree's number).
    public var source: String
    /// A published result.
    public init(year: Int, index: Double, predicate: String, source: String = "") {
        self.year = year
        self.index = index
        self.predicate = predicate
        self.source = source
    }
}
