import InovasiCore

/// Messages and headings of `inovasi opd` and `inovasi init --city`.
enum OpdText {
    static func badKind(_ value: String) -> Localized {
        let list = AgencyKind.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(
            id: "Jenis OPD “\(value)” tidak dikenal: pilih dari \(list).",
            en: "Unknown agency kind “\(value)”: choose from \(list).")
    }

    static func unknownCity(_ value: String) -> Localized {
        let list = CityStructure.knownKeys.joined(separator: ", ")
        return Localized(
            id: "Kota “\(value)” tidak dikenal untuk --city: pilih dari \(list).",
            en: "Unknown city “\(value)” for --city: choose from \(list).")
    }

    static func unknownOPD(_ value: String, option: String, path: String) -> Localized {
        Localized(
            id: "\(option): tidak ada OPD bernama “\(value)” di \(path). Daftarnya: `inovasi opd list --all`.",
            en: "\(option): no agency called “\(value)” in \(path). See `inovasi opd list --all`.")
    }

    static func unknownDivision(_ name: String, agency: String, known: [String]) -> Localized {
        let list = known.isEmpty ? "–" : known.joined(separator: "; ")
        return Localized(
            id: "\(agency) tidak punya bidang “\(name)”. Bidangnya: \(list).",
            en: "\(agency) has no division “\(name)”. Its divisions: \(list).")
    }

    static let parentNeeded = Localized(
        id: "Kelurahan perlu --parent: kode atau nama kecamatannya.",
        en: "A kelurahan needs --parent: the code or name of its kecamatan.")

    static func parentOnlyForVillage(_ kind: String) -> Localized {
        Localized(
            id: "--parent hanya untuk kelurahan, bukan untuk jenis \(kind).",
            en: "--parent is for a kelurahan only, not for kind \(kind).")
    }

    static let nothingToEdit = Localized(
        id: "Tidak ada yang diubah: beri --code, --name, --short-name, --kind atau --parent.",
        en: "Nothing to change: give --code, --name, --short-name, --kind or --parent.")

    static func added(_ code: String, name: String) -> Localized {
        Localized(id: "OPD \(code) (\(name)) ditambahkan.", en: "Added agency \(code) (\(name)).")
    }

    static func edited(_ code: String, name: String) -> Localized {
        Localized(id: "OPD \(code) (\(name)) diperbarui.", en: "Updated agency \(code) (\(name)).")
    }

    static func deactivated(_ code: String) -> Localized {
        Localized(
            id: "OPD \(code) dinonaktifkan; riwayatnya tetap tersimpan.",
            en: "Deactivated agency \(code); its history is kept.")
    }

    static func activated(_ code: String) -> Localized {
        Localized(id: "OPD \(code) aktif kembali.", en: "Agency \(code) is active again.")
    }

    static func divisionAdded(_ name: String, agency: String) -> Localized {
        Localized(id: "Bidang “\(name)” ditambahkan ke \(agency).", en: "Added division “\(name)” to \(agency).")
    }

    static func divisionRenamed(_ old: String, to new: String, agency: String) -> Localized {
        Localized(
            id: "Bidang “\(old)” di \(agency) kini bernama “\(new)”.",
            en: "Division “\(old)” of \(agency) is now called “\(new)”.")
    }

    static func divisionRemoved(_ name: String, agency: String) -> Localized {
        Localized(id: "Bidang “\(name)” dihapus dari \(agency).", en: "Removed division “\(name)” from \(agency).")
    }

    static func aliasAdded(_ alias: String, agency: String) -> Localized {
        Localized(id: "“\(alias)” kini dikenali sebagai \(agency).", en: "“\(alias)” now names \(agency).")
    }

    static func citySetUp(_ region: String, opds: Int, districts: Int, villages: Int, divisions: Int) -> Localized {
        Localized(
            id: "Struktur \(region) ditulis: \(opds) OPD, \(districts) kecamatan dan \(villages) kelurahan, "
                + "dengan \(divisions) bidang dan seksi.",
            en: "Wrote the structure of \(region): \(opds) agencies, \(districts) kecamatan and \(villages) "
                + "kelurahan, with \(divisions) divisions.")
    }

    static let codeHeading = Localized(id: "Kode", en: "Code")
    static let shortNameHeading = Localized(id: "Nama singkat", en: "Short name")
    static let parentHeading = Localized(id: "Induk", en: "Parent")
    static let divisionsHeading = Localized(id: "Bidang", en: "Divisions")
    static let activeHeading = Localized(id: "Aktif", en: "Active")
    static let aliasHeading = Localized(id: "Nama lain", en: "Alias")
    static let noAgencies = Localized(
        id: "Belum ada OPD. Tambahkan dengan `inovasi opd add` atau `inovasi init --city cilegon`.",
        en: "No agencies yet. Add them with `inovasi opd add` or `inovasi init --city cilegon`.")
    static let noAliases = Localized(
        id: "Belum ada nama lain. Tambahkan dengan `inovasi opd alias add`.",
        en: "No aliases yet. Add them with `inovasi opd alias add`.")
}
