/// Words of Instruksi 1/2022 compliance, shared by the progress pane and `inovasi report`.
public enum ComplianceText {
    /// "20 dari 28 OPD punya inovasi utama".
    public static func agencies(_ share: MainInnovationCompliance.Share, _ language: Language) -> Localized {
        let (met, total) = numbers(share, language)
        return Localized(
            id: "\(met) dari \(total) OPD punya inovasi utama", en: "\(met) of \(total) OPD have a main innovation")
    }

    /// "3 dari 4 kecamatan punya inovasi utama".
    public static func districts(_ share: MainInnovationCompliance.Share, _ language: Language) -> Localized {
        let (met, total) = numbers(share, language)
        return Localized(
            id: "\(met) dari \(total) kecamatan punya inovasi utama",
            en: "\(met) of \(total) kecamatan have a main innovation")
    }

    /// "10 dari 43 kelurahan punya inovasi utama".
    public static func villages(_ share: MainInnovationCompliance.Share, _ language: Language) -> Localized {
        let (met, total) = numbers(share, language)
        return Localized(
            id: "\(met) dari \(total) kelurahan punya inovasi utama",
            en: "\(met) of \(total) kelurahan have a main innovation")
    }

    /// "80 dari 150 bidang punya inovasi utama".
    public static func divisions(_ share: MainInnovationCompliance.Share, _ language: Language) -> Localized {
        let (met, total) = numbers(share, language)
        return Localized(
            id: "\(met) dari \(total) bidang punya inovasi utama",
            en: "\(met) of \(total) bidang have a main innovation")
    }

    /// The four lines of a report; kecamatan and kelurahan only when the store has them.
    public static func lines(_ compliance: MainInnovationCompliance, _ language: Language) -> [String] {
        var lines = [agencies(compliance.agencies, language)]
        if compliance.districts.total > 0 { lines.append(districts(compliance.districts, language)) }
        if compliance.villages.total > 0 { lines.append(villages(compliance.villages, language)) }
        lines.append(divisions(compliance.divisions, language))
        return lines.map { $0.text(language) }
    }

    /// One short line for a pane's border: "Utama: OPD 20/28 · kec. 3/4 · kel. 10/43 · bidang 80/150".
    public static func short(_ compliance: MainInnovationCompliance, _ language: Language) -> Localized {
        let agencies = fraction(compliance.agencies, language)
        let districts = fraction(compliance.districts, language)
        let villages = fraction(compliance.villages, language)
        let divisions = fraction(compliance.divisions, language)
        return Localized(
            id: "Utama: OPD \(agencies) · kec. \(districts) · kel. \(villages) · bidang \(divisions)",
            en: "Main: OPD \(agencies) · kec. \(districts) · kel. \(villages) · bidang \(divisions)")
    }

    /// "20/28", or "—" when there are none of the kind (never "0/0").
    public static func fraction(_ share: MainInnovationCompliance.Share, _ language: Language) -> String {
        guard share.total > 0 else { return "—" }
        let (met, total) = numbers(share, language)
        return "\(met)/\(total)"
    }

    static func numbers(_ share: MainInnovationCompliance.Share, _ language: Language) -> (String, String) {
        (NumberText.grouped(share.met, language), NumberText.grouped(share.total, language))
    }
}
