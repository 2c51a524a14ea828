/// The keys of a year's IID rules file, decoded strictly like `config.yaml`: an unknown or
/// misspelt key is an error naming it, since a silently ignored `wieght: 3` would score every
/// innovation wrong. The YAML parsing happens in the executable; this type only needs a `Decoder`.
/// ``rules()`` checks the values and gives the model.
public struct IIDRulesFile: Decodable, Sendable {
    /// Keys allowed at the top of the file.
    public static let keys = [
        "year", "source", "verified", "maxTotal", "divisor", "numberScore", "basicServiceAffairs", "predicates",
        "window", "stage", "lastOfficial", "spd", "sid",
    ]

    var year: Int
    var source: String?
    var verified: Bool?
    var maxTotal: Double?
    var divisor: Divisor?
    var numberScore: NumberScore?
    var basicServiceAffairs: Affairs?
    var predicates: Predicates?
    var window: Window?
    var stage: String?
    var lastOfficial: LastOfficial?
    var spd: [Indicator]?
    var sid: [Indicator]?

    /// Decodes the file, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try Self.refuseUnknownKeys(in: decoder, allowed: Self.keys)
        let box = try decoder.container(keyedBy: ConfigKey.self)
        year = try box.decode(Int.self, forKey: ConfigKey("year"))
        source = try box.decodeIfPresent(String.self, forKey: ConfigKey("source"))
        verified = try box.decodeIfPresent(Bool.self, forKey: ConfigKey("verified"))
        maxTotal = try box.decodeIfPresent(Double.self, forKey: ConfigKey("maxTotal"))
        divisor = try box.decodeIfPresent(Divisor.self, forKey: ConfigKey("divisor"))
        numberScore = try box.decodeIfPresent(NumberScore.self, forKey: ConfigKey("numberScore"))
        basicServiceAffairs = try box.decodeIfPresent(Affairs.self, forKey: ConfigKey("basicServiceAffairs"))
        predicates = try box.decodeIfPresent(Predicates.self, forKey: ConfigKey("predicates"))
        window = try box.decodeIfPresent(Window.self, forKey: ConfigKey("window"))
        stage = try box.decodeIfPresent(String.self, forKey: ConfigKey("stage"))
        lastOfficial = try box.decodeIfPresent(LastOfficial.self, forKey: ConfigKey("lastOfficial"))
        spd = try box.decodeIfPresent([Indicator].self, forKey: ConfigKey("spd"))
        sid = try box.decodeIfPresent([Indicator].self, forKey: ConfigKey("sid"))
    }

    /// The model, every value checked; the error names the dotted key (`sid[2].weight`).
    public func rules() throws(IIDRulesError) -> IIDRules {
        guard (2000...2100).contains(year) else { throw IIDRulesError(key: "year", problem: IIDText.expectedYear) }
        if let maxTotal, !(maxTotal > 0) {
            throw IIDRulesError(key: "maxTotal", problem: IIDText.expectedPositive)
        }
        var rules = IIDRules(
            year: year, source: source ?? "", verified: verified ?? false, maxTotal: maxTotal,
            divisor: try divisor?.rule(), numberScore: try numberScore?.rule(),
            basicServiceAffairs: try basicServiceAffairs?.rule(), predicates: try predicates?.rule(),
            window: try window?.rule(), requiredStage: try stage.map(Self.stage),
            lastOfficial: try lastOfficial?.result())
        rules.spd = try Self.indicators(spd ?? [], key: "spd")
        rules.sid = try Self.indicators(sid ?? [], key: "sid")
        return rules
    }

    private static func stage(_ name: String) throws(IIDRulesError) -> Stage {
        guard let stage = Stage(rawValue: name) else {
            throw IIDRulesError(key: "stage", problem: IIDText.expectedStage)
        }
        return stage
    }

    private static func indicators(_ list: [Indicator], key: String) throws(IIDRulesError) -> [IIDIndicator] {
        var seen = Set<String>()
        var result: [IIDIndicator] = []
        for (index, item) in list.enumerated() {
            let indicator = try item.indicator(key: "\(key)[\(index)]")
            guard seen.insert(indicator.number).inserted else {
                throw IIDRulesError(key: "\(key)[\(index)].number", problem: IIDText.duplicateNumber(indicator.number))
            }
            result.append(indicator)
        }
        return result
    }

    /// Decodes `keys` of a section's container after refusing any other key.
    static func container(_ decoder: any Decoder, _ keys: [String]) throws -> KeyedDecodingContainer<ConfigKey> {
        try refuseUnknownKeys(in: decoder, allowed: keys + ["verified", "source"])
        return try decoder.container(keyedBy: ConfigKey.self)
    }

    /// Throws ``ConfigFile/UnknownKey`` for the first key not in `allowed`, its path written with
    /// list positions (`sid[2].wieght`), which every decoder spells its own way otherwise.
    static func refuseUnknownKeys(in decoder: any Decoder, allowed: [String]) throws {
        let box = try decoder.container(keyedBy: ConfigKey.self)
        let unknown = box.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            let path = ConfigError.keyPath(decoder.codingPath + [ConfigKey(first)])
            throw ConfigFile.UnknownKey(path: path, known: allowed)
        }
    }

    /// The `verified:` and `source:` of a section.
    static func provenance(_ box: KeyedDecodingContainer<ConfigKey>) throws -> IIDProvenance {
        IIDProvenance(
            verified: try box.decodeIfPresent(Bool.self, forKey: ConfigKey("verified")) ?? false,
            source: try box.decodeIfPresent(String.self, forKey: ConfigKey("source")) ?? "")
    }
}
