import Foundation

extension ConfigFile {
    /// The `kiosk:` section as written, each key optional, unknown keys refused; checked only when
    /// applied so the error names the key.
    public struct Kiosk: Decodable, Sendable, Equatable {
        /// `pages:` page names in order (`city`, `opd`, `calendar`, `queue`).
        public var pages: [String]?
        /// `unlock:` the key names of the sequence that ends the kiosk.
        public var unlock: String?
        /// `redrawMinutes:` minutes between full repaints.
        public var redrawMinutes: Int?
        /// `shiftMinutes:` minutes between one-cell moves against burn-in.
        public var shiftMinutes: Int?

        /// Keys allowed under `kiosk:`.
        public static let keys = ["pages", "unlock", "redrawMinutes", "shiftMinutes"]

        /// Decodes the section, refusing unknown keys.
        public init(from decoder: any Decoder) throws {
            try ConfigFile.refuseUnknownKeys(in: decoder, allowed: Self.keys)
            let container = try decoder.container(keyedBy: ConfigKey.self)
            pages = try container.decodeIfPresent([String].self, forKey: ConfigKey("pages"))
            unlock = try container.decodeIfPresent(String.self, forKey: ConfigKey("unlock"))
            redrawMinutes = try container.decodeIfPresent(Int.self, forKey: ConfigKey("redrawMinutes"))
            shiftMinutes = try container.decodeIfPresent(Int.self, forKey: ConfigKey("shiftMinutes"))
        }

        /// A section with the given values.
        public init(
            pages: [String]? = nil, unlock: String? = nil, redrawMinutes: Int? = nil, shiftMinutes: Int? = nil
        ) {
            self.pages = pages
            self.unlock = unlock
            self.redrawMinutes = redrawMinutes
            self.shiftMinutes = shiftMinutes
        }

        /// `settings` with this section applied; each refusal names its key.
        public func applied(to settings: KioskSettings, file: String) throws(ConfigError) -> KioskSettings {
            var result = settings
            if let pages { result.pages = try Self.pages(pages, file: file) }
            if let unlock {
                let words = unlock.split(separator: " ")
                guard !words.isEmpty, words.count <= 8 else {
                    throw .invalidValue(file: file, key: "kiosk.unlock", expected: KioskConfigText.expectedUnlock)
                }
                result.unlock = words.joined(separator: " ")
            }
            if let redrawMinutes {
                guard KioskSettings.redrawRange.contains(redrawMinutes) else {
                    throw .invalidValue(
                        file: file, key: "kiosk.redrawMinutes", expected: KioskConfigText.expectedRedrawMinutes)
                }
                result.redrawMinutes = redrawMinutes
            }
            if let shiftMinutes {
                guard KioskSettings.shiftRange.contains(shiftMinutes) else {
                    throw .invalidValue(
                        file: file, key: "kiosk.shiftMinutes", expected: KioskConfigText.expectedShiftMinutes)
                }
                result.shiftMinutes = shiftMinutes
            }
            return result
        }

        /// The pages named, in order; an empty list or an unknown name is refused naming its place.
        static func pages(_ names: [String], file: String) throws(ConfigError) -> [KioskPage] {
            guard !names.isEmpty else {
                throw .invalidValue(file: file, key: "kiosk.pages", expected: ConfigText.expectedKioskPages)
            }
            return try names.enumerated().map { (index, name) throws(ConfigError) -> KioskPage in
                guard let page = KioskPage(rawValue: name.lowercased()) else {
                    let shown = ConfigError.shownKey(name) ?? "?"
                    throw .invalidValue(
                        file: file, key: "kiosk.pages[\(index)]", expected: ConfigText.unknownKioskPage(shown))
                }
                return page
            }
        }
    }
}
