/// The rules files shipped with the program, one YAML text per assessment year.
///
/// They are Swift sources holding the YAML text (in `Shipped/`), not a SwiftPM resource: the
/// binary then carries them wherever it is copied, without a resource bundle to find beside it,
/// and InovasiCore keeps needing nothing but Foundation. The office's own files override them.
public enum IIDShippedRules {
    /// YAML text per year.
    public static let files: [Int: String] = [2025: year2025, 2026: year2026]

    /// The years shipped, oldest first.
    public static var years: [Int] { files.keys.sorted() }
}
