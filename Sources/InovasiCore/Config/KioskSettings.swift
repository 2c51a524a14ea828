/// A page the kiosk can show on the office wall, by the name the config file uses.
public enum KioskPage: String, CaseIterable, Codable, Hashable, Sendable {
    /// The city's headline figures in large type.
    case city
    /// Every OPD's figures, a screenful at a time.
    case opd
    /// The coming two weeks of mentoring sessions as an agenda.
    case calendar
    /// The proposals waiting for review (number, OPD, title, age, status only).
    case queue
}

/// What the `kiosk:` section of `config.yaml` sets: which pages the wall shows, in which order.
///
/// One type for the whole section, so a later key (timers, burn-in shift, unlock) is added here
/// and in ``ConfigFile/Kiosk`` and nowhere else.
public struct KioskSettings: Codable, Hashable, Sendable {
    /// The pages in the order they are shown; never empty.
    public var pages: [KioskPage]

    /// Every page, in the order city, OPD, calendar, queue.
    public static let standard = KioskSettings(pages: KioskPage.allCases)

    /// Settings showing `pages` in that order.
    public init(pages: [KioskPage]) {
        self.pages = pages
    }
}

extension ConfigFile {
    /// The `kiosk:` section as written, checked only when applied so the error names the key.
    public struct Kiosk: Decodable, Sendable, Equatable {
        /// `pages:` page names in order (`city`, `opd`, `calendar`, `queue`).
        public var pages: [String]?

        /// Keys allowed under `kiosk:`.
        public static let keys = ["pages"]

        /// Decodes the section, refusing unknown keys.
        public init(from decoder: any Decoder) throws {
            try ConfigFile.refuseUnknownKeys(in: decoder, allowed: Self.keys)
            let container = try decoder.container(keyedBy: ConfigKey.self)
            pages = try container.decodeIfPresent([String].self, forKey: ConfigKey("pages"))
        }

        /// A section with the given values.
        public init(pages: [String]? = nil) {
            self.pages = pages
        }

        /// `settings` with this section applied; an unknown or missing page is refused naming it.
        public func applied(to settings: KioskSettings, file: String) throws(ConfigError) -> KioskSettings {
            var result = settings
            if let pages {
                guard !pages.isEmpty else {
                    throw .invalidValue(file: file, key: "kiosk.pages", expected: ConfigText.expectedKioskPages)
                }
                result.pages = try pages.enumerated().map { (index, name) throws(ConfigError) -> KioskPage in
                    guard let page = KioskPage(rawValue: name.lowercased()) else {
                        let shown = ConfigError.shownKey(name) ?? "?"
                        throw .invalidValue(
                            file: file, key: "kiosk.pages[\(index)]", expected: ConfigText.unknownKioskPage(shown))
                    }
                    return page
                }
            }
            return result
        }
    }
}
