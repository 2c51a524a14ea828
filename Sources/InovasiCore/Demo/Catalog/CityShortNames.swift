/// The abbreviations Kota Cilegon's OPDs go by in letters, the press and the OPDs' own spreadsheets.
enum CityShortNames {
    /// Short name by template code; a code missing here is its own short name.
    static let byCode: [String: String] = [
        "SETDA": "Setda", "DPRD": "Setwan", "INSPEKTORAT": "Inspektorat", "BAPPEDALITBANG": "Bappedalitbang",
        "BPKPAD": "BPKPAD", "BKPSDM": "BKPSDM", "BPBD": "BPBD", "KESBANGPOL": "Kesbangpol",
        "DINDIKBUD": "Dindikbud", "DINKES": "Dinkes", "DPUPR": "DPUPR", "DPKP": "Disperkim", "DLH": "DLH",
        "DISHUB": "Dishub", "DINSOS": "Dinsos", "DP3AP2KB": "DP3AP2KB", "DISDUKCAPIL": "Disdukcapil",
        "DAMKAR": "Damkar", "DPMPTSP": "DPMPTSP", "DISKOMINFO": "Diskominfo", "DISKOPUKM": "Diskop UKM",
        "DISPERINDAG": "Disperindag", "DISNAKER": "Disnaker", "DISPORAPAR": "Disporapar", "DKP3": "DKP3",
        "DPAD": "DPAD", "RSUD": "RSUD", "SATPOLPP": "Satpol PP",
    ]

    /// The short name of a kecamatan: `Kec. Cibeber`.
    static func district(_ name: String) -> String { "Kec. " + name }

    /// The short name of a kelurahan: `Kel. Kotabumi`.
    static func village(_ name: String) -> String { "Kel. " + name }
}

extension AgencyTemplate {
    /// The OPD's usual abbreviation in Kota Cilegon ("Dinkes"), from ``CityShortNames``.
    var shortName: String { CityShortNames.byCode[code] ?? code }
}
