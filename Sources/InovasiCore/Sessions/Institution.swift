import Foundation

/// The narasumber's institution, classified from the free text typed for a session, so lists can
/// mark it with a short tag and a theme role: the institutions the office works with most, the rest
/// as ``other``.
public enum Institution: String, CaseIterable, Hashable, Sendable {
    /// Lembaga Administrasi Negara (LAN RI).
    case lanRI
    /// Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB).
    case kemenpanRB
    /// Badan Riset dan Inovasi Nasional (BRIN).
    case brin
    /// Kementerian Dalam Negeri (Kemendagri).
    case kemendagri
    /// Any other institution, or none given.
    case other

    /// The institution `text` names, whatever its case, punctuation and spelling: "LAN", "LAN RI",
    /// "Lembaga Administrasi Negara", "KemenPAN-RB", "Kementerian PANRB", "BRIN", "Kemendagri",
    /// "Kementerian Dalam Negeri", "BPSDM Kemendagri" …
    public init(classifying text: String) {
        let words = Self.words(text)
        let phrase = " " + words.joined(separator: " ") + " "
        func has(_ names: Set<String>) -> Bool { words.contains { names.contains($0) } }
        func says(_ phrases: [String]) -> Bool { phrases.contains { phrase.contains(" \($0) ") } }
        if has(["kemendagri", "depdagri", "mendagri", "dagri"]) || says(["dalam negeri"]) {
            self = .kemendagri
        } else if has(["panrb", "kemenpanrb", "menpanrb", "pan"]) || words.contains(where: Self.isKemenpan)
            || says(["pendayagunaan aparatur negara"])
        {
            self = .kemenpanRB
        } else if has(["brin"]) || says(["badan riset dan inovasi nasional", "badan riset inovasi nasional"]) {
            self = .brin
        } else if has(["lan", "lanri"]) || says(["lembaga administrasi negara"]) {
            self = .lanRI
        } else {
            self = .other
        }
    }

    /// The words of `text`, lower case, without diacritics, split at anything not a letter or digit.
    static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }
            .map(String.init)
    }

    static func isKemenpan(_ word: String) -> Bool {
        word.hasPrefix("kemenpan") || word.hasPrefix("menpan")
    }

    /// The tag of the institution in the calendar's lists and legend: LAN, PAN, BRIN, DAGRI, and for
    /// the others the word "other".
    public var tag: Localized {
        switch self {
        case .lanRI: InstitutionText.lan
        case .kemenpanRB: InstitutionText.pan
        case .brin: InstitutionText.brin
        case .kemendagri: InstitutionText.dagri
        case .other: InstitutionText.other
        }
    }

    /// Columns a tag takes at most, so lists can line tags up.
    public static let tagWidth = 5

    /// The tag of the institution `text` names: a known institution's tag, else the text's own short
    /// form (a word of up to five letters, or the initials of its capitalised words: "Universitas
    /// Gadjah Mada" gives UGM), else "other" — never a known tag for an unknown institution.
    public static func tag(of text: String, _ language: Language) -> String {
        let institution = Institution(classifying: text)
        guard institution == .other, let short = shortForm(text) else { return institution.tag.text(language) }
        let known = allCases.filter { $0 != .other }.map { $0.tag.text(language) }
        return known.contains(short) ? Institution.other.tag.text(language) : short
    }

    /// "BPS", "ITB" (one short word) or "UGM" (initials), upper case, at most ``tagWidth`` letters.
    static func shortForm(_ text: String) -> String? {
        let words = text.split { !$0.isLetter }.map(String.init)
        if words.count == 1, let word = words.first, word.count <= tagWidth { return word.uppercased() }
        let capitalised = words.filter { $0.first?.isUppercase == true }
        let initials = String(capitalised.compactMap(\.first)).uppercased()
        return (2...tagWidth).contains(initials.count) ? initials : nil
    }
}
