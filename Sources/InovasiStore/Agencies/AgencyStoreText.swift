import InovasiCore

/// The store's messages about OPDs, bidang and aliases.
enum AgencyStoreText {
    static func alreadyUsed(field: String, value: String, by code: String) -> Localized {
        Localized(
            id: "Isian \(field) “\(value)” sudah dipakai sebagai nama OPD \(code); pilih yang lain.",
            en: "Field \(field) “\(value)” is already a name of the agency \(code); choose another.")
    }

    static func divisionInUse(agency: String, division: String, innovations: Int, proposals: Int) -> Localized {
        Localized(
            id: "Bidang “\(division)” di \(agency) tidak dapat dihapus: dipakai oleh \(innovations) inovasi "
                + "dan \(proposals) usulan. Ganti namanya bila perlu.",
            en: "The division “\(division)” of \(agency) cannot be removed: \(innovations) innovations "
                + "and \(proposals) proposals use it. Rename it if needed.")
    }

    static func villagesStillActive(agency: String, count: Int) -> Localized {
        Localized(
            id: "Kecamatan \(agency) tidak dapat dinonaktifkan: \(count) kelurahannya masih aktif.",
            en: "The kecamatan \(agency) cannot be deactivated: \(count) of its kelurahan are still active.")
    }

    static func parentInactive(agency: String, parent: String) -> Localized {
        Localized(
            id: "Kelurahan \(agency) tidak dapat aktif di bawah kecamatan \(parent) yang dinonaktifkan; "
                + "aktifkan dulu \(parent).",
            en: "The kelurahan \(agency) cannot be active under the deactivated kecamatan \(parent); "
                + "activate \(parent) first.")
    }

    /// What an OPD action is, as "may not …" says it; nil for an action of another feature.
    static func permission(_ action: String) -> Localized? {
        switch action {
        case StoreAction.agencyEdit: Localized(id: "mengubah OPD", en: "edit OPDs")
        case StoreAction.agencyDeactivate: Localized(id: "menonaktifkan OPD", en: "deactivate OPDs")
        case StoreAction.agencyActivate: Localized(id: "mengaktifkan kembali OPD", en: "reactivate OPDs")
        case StoreAction.agencyAliasAdd: Localized(id: "menambah nama lain OPD", en: "add agency aliases")
        case StoreAction.divisionRename: Localized(id: "mengganti nama bidang", en: "rename divisions")
        case StoreAction.divisionRemove: Localized(id: "menghapus bidang", en: "remove divisions")
        case StoreAction.citySetup: Localized(id: "menyiapkan struktur kota", en: "set up a city's structure")
        default: nil
        }
    }
}
