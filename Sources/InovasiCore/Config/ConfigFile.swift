import Foundation

/// The keys of `config.yaml`, decoded strictly: an unknown or misspelt key is an error that names
/// it, because a silently ignored `overdueDay: 7` would leave the office with the wrong rule.
///
/// Every key is optional; what is missing keeps its value from ``Settings/standard``. The YAML
/// parsing itself happens in the executable (through Yams); this type only needs a `Decoder`.
public struct ConfigFile: Decodable, Sendable, Equatable {
    /// `cityName:` shown in headers and reports.
    public var cityName: String?
    /// IANA zone identifier, e.g. `Asia/Jakarta`.
    public var timeZone: String?
    /// `language:` id or en.
    public var language: Language?
    /// `overdueDays:` after how many days a waiting proposal is overdue.
    public var overdueDays: Int?
    /// `scoring:` weights, threshold and per-criterion minimums of the review rubric.
    public var scoring: Scoring?
    /// `affairs:` the urusan offered, replacing the built-in list.
    public var affairs: [String]?
    /// `kioskInterval:` seconds between kiosk panes.
    public var kioskInterval: Int?
    /// `kiosk:` the kiosk's repaints, burn-in moves and unlock sequence.
    public var kiosk: KioskSection?

    /// The `scoring:` section: weights per criterion (by raw name or alias), the approval threshold
    /// and the minimum each criterion must reach.
    public struct Scoring: Decodable, Sendable, Equatable {
        /// Weight per criterion raw name (`renewal`, `benefit` …); missing ones keep theirs.
        public var weights: [String: Double]?
        /// Weighted score from which approval is recommended.
        public var threshold: Double?
        /// The score each criterion must reach (by raw name or Indonesian alias); missing ones keep 3.
        public var minimums: [String: Double]?

        /// Keys allowed under `scoring:`.
        public static let keys = ["weights", "threshold", "minimums"]

        /// Decodes the section, refusing unknown keys.
        public init(from decoder: any Decoder) throws {
            try ConfigFile.refuseUnknownKeys(in: decoder, allowed: Self.keys)
            let container = try decoder.container(keyedBy: ConfigKey.self)
            weights = try container.decodeIfPresent([String: Double].self, forKey: ConfigKey("weights"))
            threshold = try container.decodeIfPresent(Double.self, forKey: ConfigKey("threshold"))
            minimums = try container.decodeIfPresent([String: Double].self, forKey: ConfigKey("minimums"))
        }

        /// A section with the given values.
        public init(weights: [String: Double]? = nil, threshold: Double? = nil, minimums: [String: Double]? = nil) {
            self.weights = weights
            self.threshold = threshold
            self.minimums = minimums
        }
    }

    /// Keys allowed at the top of the file.
    public static let keys = [
        "cityName", "timeZone", "language", "overdueDays", "scoring", "affairs", "kioskInterval", "kiosk",
    ]

    /// An empty file: every setting keeps its default.
    public init() {}

    /// Decodes the file, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try Self.refuseUnknownKeys(in: decoder, allowed: Self.keys)
        let container = try decoder.container(keyedBy: ConfigKey.self)
        cityName = try container.decodeIfPresent(String.self, forKey: ConfigKey("cityName"))
        timeZone = try container.decodeIfPresent(String.self, forKey: ConfigKey("timeZone"))
        language = try container.decodeIfPresent(Language.self, forKey: ConfigKey("language"))
        overdueDays = try container.decodeIfPresent(Int.self, forKey: ConfigKey("overdueDays"))
        scoring = try container.decodeIfPresent(Scoring.self, forKey: ConfigKey("scoring"))
        affairs = try container.decodeIfPresent([String].self, forKey: ConfigKey("affairs"))
        kioskInterval = try container.decodeIfPresent(Int.self, forKey: ConfigKey("kioskInterval"))
        kiosk = try container.decodeIfPresent(KioskSection.self, forKey: ConfigKey("kiosk"))
    }

    /// `settings` with every key of the file applied and checked; the error names the key.
    public func applied(to settings: Settings, file: String) throws(ConfigError) -> Settings {
        var result = settings
        if let cityName {
            guard !cityName.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .invalidValue(file: file, key: "cityName", expected: ConfigText.expectedText)
            }
            result.cityName = cityName
        }
        if let timeZone {
            guard TimeZone(identifier: timeZone) != nil else {
                throw .invalidValue(file: file, key: "timeZone", expected: ConfigText.expectedZone)
            }
            result.timeZoneIdentifier = timeZone
        }
        if let language { result.language = language }
        if let overdueDays {
            guard (0...3650).contains(overdueDays) else {
                throw .invalidValue(file: file, key: "overdueDays", expected: ConfigText.expectedDays)
            }
            result.overdueDays = overdueDays
        }
        if let scoring { result.scoring = try Self.apply(scoring, to: result.scoring, file: file) }
        if let affairs {
            guard !affairs.isEmpty, affairs.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                throw .invalidValue(file: file, key: "affairs", expected: ConfigText.expectedAffairs)
            }
            result.affairs = affairs
        }
        if let kioskInterval {
            guard Settings.kioskIntervalRange.contains(kioskInterval) else {
                throw .invalidValue(file: file, key: "kioskInterval", expected: ConfigText.expectedSeconds)
            }
            result.kioskInterval = kioskInterval
        }
        if let kiosk { result.kiosk = try kiosk.applied(to: result.kiosk, file: file) }
        return result
    }

    static func apply(_ scoring: Scoring, to rules: ScoringRules, file: String) throws(ConfigError) -> ScoringRules {
        var result = rules
        for (name, weight) in scoring.weights ?? [:] {
            result.weights[try criterion(name, in: "weights", file: file)] = weight
        }
        if let threshold = scoring.threshold { result.threshold = threshold }
        for (name, minimum) in (scoring.minimums ?? [:]).sorted(by: { $0.key < $1.key }) {
            let criterion = try criterion(name, in: "minimums", file: file)
            guard (1.0...5.0).contains(minimum) else {
                throw .invalidValue(file: file, key: "scoring.minimums.\(name)", expected: ConfigText.expectedMinimum)
            }
            result.minimums[criterion] = minimum
        }
        do {
            try result.validate()
        } catch {
            throw .invalidValue(file: file, key: "scoring.\(error.field)", expected: ConfigText.expectedScoring)
        }
        return result
    }

    /// The criterion `name` under `scoring.<section>` names; an unknown one is refused naming the key.
    private static func criterion(_ name: String, in section: String, file: String) throws(ConfigError)
        -> ReviewCriterion
    {
        guard let criterion = ReviewCriterion(configKey: name) else {
            throw .unknownKey(
                file: file, key: "scoring.\(section).\(name)", known: ReviewCriterion.allCases.map(\.rawValue))
        }
        return criterion
    }

    static func refuseUnknownKeys(in decoder: any Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: ConfigKey.self)
        let unknown = container.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            let path = (decoder.codingPath.map(\.stringValue) + [first]).joined(separator: ".")
            throw UnknownKey(path: path, known: allowed)
        }
    }

    /// Thrown while decoding when the file has a key this version does not know.
    public struct UnknownKey: Error, Equatable, Sendable {
        /// Dotted path of the key, e.g. `scoring.treshold`.
        public var path: String
        /// The keys allowed at that level.
        public var known: [String]
    }
}

/// A coding key for any name, so a decoder can list the keys it was given.
struct ConfigKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
