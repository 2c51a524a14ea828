import InovasiCore

/// Help texts of the output options, apart from ``HelpText`` so the output safety can change alone.
extension HelpText {
    static let raw = Localized(
        id: """
            Hanya untuk --format csv: sel yang diawali =, +, -, @, tab atau CR ditulis apa adanya, tanpa \
            tanda ' pelindung rumus (untuk skrip). Karakter kendali tetap ditampilkan sebagai ␛, ␇, �.
            """,
        en: """
            Only for --format csv: cells starting with =, +, -, @, tab or CR are written as they are, without \
            the ' that guards against formulas (for scripts). Control characters are still shown as ␛, ␇, �.
            """)
}
