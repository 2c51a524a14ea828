import InovasiCore
import InovasiTUI

/// One block of `inovasi config example`: what a key is for, as comments, then the key with its default.
struct ConfigExampleSection {
    /// What the key does and what it takes, written as `#` comments above it.
    var comment: Localized
    /// The YAML lines, with the default value.
    var lines: [String]
}

/// The example `config example` prints: every key of the file with its default and a comment, one
/// block per section, so a new section (the kiosk's) is one more entry in ``sections``.
enum ConfigExample {
    /// The whole example in `language`; it passes `config check` and changes nothing when used.
    static func text(_ language: Language) -> String {
        let header = ConfigExampleSection(comment: ConfigExampleText.header, lines: [])
        let blocks = ([header] + sections).map { section in
            let comments = section.comment.text(language).split(separator: "\n").map { "# " + $0 }
            return (comments + section.lines).joined(separator: "\n")
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Every section, in the order of the file.
    static var sections: [ConfigExampleSection] {
        let standard = Settings.standard
        return [
            ConfigExampleSection(
                comment: ConfigExampleText.cityName, lines: ["cityName: " + quoted(standard.cityName)]),
            ConfigExampleSection(
                comment: ConfigExampleText.timeZone, lines: ["timeZone: " + quoted(standard.timeZoneIdentifier)]),
            ConfigExampleSection(
                comment: ConfigExampleText.language, lines: ["language: " + standard.language.rawValue]),
            ConfigExampleSection(
                comment: ConfigExampleText.overdueDays, lines: ["overdueDays: \(standard.overdueDays)"]),
            ConfigExampleSection(comment: ConfigExampleText.scoring, lines: scoringLines(standard.scoring)),
            ConfigExampleSection(
                comment: ConfigExampleText.affairs, lines: ["affairs:"] + standard.affairs.map { "  - " + quoted($0) }),
            ConfigExampleSection(
                comment: ConfigExampleText.kioskInterval, lines: ["kioskInterval: \(standard.kioskInterval)"]),
            ConfigExampleSection(comment: ConfigExampleText.kiosk, lines: kioskLines(standard.kiosk)),
            ConfigExampleSection(
                comment: ConfigExampleText.theme, lines: ["theme: " + quoted(ThemeCatalog.builtInName)]),
            ConfigExampleSection(comment: ConfigExampleText.keys, lines: keyLines(KeyMap.standard)),
        ]
    }

    /// The `kiosk:` section with its defaults; `unlock` commented out, since none is the default.
    static func kioskLines(_ kiosk: KioskSettings) -> [String] {
        [
            "kiosk:", "  pages: [" + kiosk.pages.map(\.rawValue).joined(separator: ", ") + "]",
            "  # unlock: \"Ctrl-X q\"", "  redrawMinutes: \(kiosk.redrawMinutes)",
            "  shiftMinutes: \(kiosk.shiftMinutes)",
        ]
    }

    static func scoringLines(_ rules: ScoringRules) -> [String] {
        let criteria = ReviewCriterion.allCases
        return ["scoring:", "  weights:"] + criteria.map { "    \($0.rawValue): \(rules.weights[$0] ?? 0)" }
            + ["  threshold: \(rules.threshold)", "  minimums:"]
            + criteria.map { "    \($0.rawValue): \(rules.minimum($0))" }
    }

    /// The standard key map as comments: uncomment an action to bind it to other keys.
    static func keyLines(_ map: KeyMap) -> [String] {
        var lines = ["keys:"]
        var context: String?
        for row in map.listing(.en) {
            if row.context != context {
                lines.append("#   \(row.context):")
                context = row.context
            }
            lines.append("#     \(row.action): [" + row.keys.map(quoted).joined(separator: ", ") + "]")
        }
        return lines
    }

    /// `text` as a YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
