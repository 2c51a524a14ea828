import Foundation

/// The form in which OPD codes, names, short names and aliases are compared.
///
/// People write the same OPD as "Kec. Cibeber", "kec cibeber" or "KEC-CIBEBER"; the key drops case,
/// spaces, dots, hyphens and underscores (and diacritics), so all three are `keccibeber`.
public enum AgencyKey {
    /// The comparison key of `text`; empty when the text holds nothing but ignored characters.
    public static func of(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return String(folded.unicodeScalars.filter { !ignored($0) }.map(Character.init))
    }

    private static func ignored(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "." || scalar == "-" || scalar == "_" || scalar == "\u{2010}"
            || scalar == "\u{2013}" || scalar.value < 0x20
    }
}
