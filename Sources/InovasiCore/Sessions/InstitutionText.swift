/// The tags of the narasumber's institutions (``Institution``): abbreviations the office uses as is.
public enum InstitutionText {
    /// Lembaga Administrasi Negara.
    public static let lan = Localized(id: "LAN", en: "LAN")
    /// Kementerian PAN-RB.
    public static let pan = Localized(id: "PAN", en: "PAN")
    /// Badan Riset dan Inovasi Nasional.
    public static let brin = Localized(id: "BRIN", en: "BRIN")
    /// Kementerian Dalam Negeri.
    public static let dagri = Localized(id: "DAGRI", en: "DAGRI")
    /// Any other institution.
    public static let other = Localized(id: "lain", en: "other")
}
