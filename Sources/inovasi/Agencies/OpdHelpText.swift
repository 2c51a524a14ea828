import InovasiCore

/// `--help` texts of `inovasi opd` and its subcommands.
enum OpdHelpText {
    static let opdCommand = Localized(
        id: "Mengelola OPD, bidangnya dan nama lain yang dipakai saat impor.",
        en: "Manages agencies (OPDs), their divisions and the other names imports use.")
    static let add = Localized(id: "Menambah OPD (khusus admin).", en: "Adds an agency (admin only).")
    static let edit = Localized(
        id: "Memperbaiki kode, nama, nama singkat, jenis atau induk OPD (khusus admin).",
        en: "Corrects an agency's code, name, short name, kind or parent (admin only).")
    static let deactivate = Localized(
        id: "Menonaktifkan OPD: riwayatnya tetap, tetapi tidak tampil di panel kemajuan (khusus admin).",
        en: "Deactivates an agency: its history stays, but it leaves the progress pane (admin only).")
    static let activate = Localized(
        id: "Mengaktifkan kembali OPD yang dinonaktifkan (khusus admin).",
        en: "Reactivates a deactivated agency (admin only).")
    static let list = Localized(
        id: "Menampilkan OPD aktif beserta bidangnya.", en: "Lists the active agencies with their divisions.")
    static let all = Localized(
        id: "Tampilkan juga OPD yang dinonaktifkan.", en: "Show deactivated agencies too.")
    static let code = Localized(
        id: "Kode OPD tanpa spasi, mis. DINKES atau KEL-KOTABUMI.",
        en: "Agency code without spaces, e.g. DINKES or KEL-KOTABUMI.")
    static let newCode = Localized(id: "Kode baru OPD.", en: "The agency's new code.")
    static let which = Localized(
        id: "OPD: kode, nama singkat, nama lengkap atau nama lainnya.",
        en: "The agency: its code, short name, full name or an alias.")
    static let name = Localized(id: "Nama resmi lengkap OPD.", en: "The agency's full official name.")
    static let shortName = Localized(
        id: "Nama singkat yang biasa dipakai, mis. Dinkes atau Kec. Cibeber.",
        en: "The usual short name, e.g. Dinkes or Kec. Cibeber.")
    static var kind: Localized {
        let list = AgencyKind.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(id: "Jenis OPD: \(list).", en: "Kind of agency: \(list).")
    }
    static let parent = Localized(
        id: "Kecamatan induk sebuah kelurahan.", en: "The kecamatan a kelurahan belongs to.")
    static let bidang = Localized(
        id: "Mengelola bidang (atau seksi) sebuah OPD.", en: "Manages an agency's divisions (bidang or seksi).")
    static let bidangAdd = Localized(id: "Menambah bidang (khusus admin).", en: "Adds a division (admin only).")
    static let bidangRename = Localized(
        id: "Mengganti nama bidang (khusus admin).", en: "Renames a division (admin only).")
    static let bidangRemove = Localized(
        id: "Menghapus bidang yang belum dipakai inovasi atau usulan (khusus admin).",
        en: "Removes a division no innovation or proposal uses (admin only).")
    static let bidangName = Localized(id: "Nama bidang.", en: "The division's name.")
    static let bidangNewName = Localized(id: "Nama baru bidang.", en: "The division's new name.")
    static let alias = Localized(
        id: "Nama lain OPD yang dikenali saat impor.", en: "Other names of agencies that imports recognise.")
    static let aliasAdd = Localized(
        id: "Menambah nama lain untuk OPD (khusus admin).", en: "Adds another name for an agency (admin only).")
    static let aliasList = Localized(
        id: "Menampilkan nama lain OPD.", en: "Lists the agencies' other names.")
    static let aliasText = Localized(
        id: "Nama lain, mis. “Dinas Kesehatan Kota Cilegon”.",
        en: "The other name, e.g. “Dinas Kesehatan Kota Cilegon”.")
    static var city: Localized {
        let list = CityStructure.knownKeys.joined(separator: ", ")
        return Localized(
            id: "Isi juga dengan struktur OPD, bidang, kecamatan dan kelurahan sebuah kota: \(list).",
            en: "Also write a city's agencies, divisions, kecamatan and kelurahan: \(list).")
    }
}
