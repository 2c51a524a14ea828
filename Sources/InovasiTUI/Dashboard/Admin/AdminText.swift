import InovasiCore

/// The words of the administration view (`M`) and its forms.
enum AdminText {
    /// `M`.
    static let open = Localized(
        id: "administrasi: OPD, bidang, pengguna (admin)", en: "administration: agencies, divisions, users (admin)")
    /// `+` in the view.
    /// Beside an external member of the tim independen, who has no OPD.
    static let external = Localized(id: "anggota eksternal tim independen", en: "external member of the tim independen")
    static let add = Localized(id: "tambah (OPD, pengguna, bidang)", en: "add (agency, user, division)")
    /// `e` in the view.
    static let edit = Localized(id: "ubah / ganti peran", en: "edit / change the role")
    /// `A` in the view.
    static let toggleActive = Localized(id: "nonaktifkan / aktifkan OPD", en: "deactivate / activate the agency")
    /// `D` in an OPD's bidang.
    static let remove = Localized(id: "hapus bidang", en: "remove the division")
    /// `Enter` on an OPD.
    static let openAgency = Localized(id: "bidang OPD ini", en: "this agency's divisions")
    static let title = Localized(id: "Administrasi", en: "Administration")
    static func agencyTitle(_ name: String) -> Localized {
        Localized(id: "Administrasi — \(name)", en: "Administration — \(name)")
    }
    static func agenciesHeading(_ count: Int) -> Localized {
        Localized(id: "OPD (\(count))", en: "Agencies (\(count))")
    }
    static func usersHeading(_ count: Int) -> Localized {
        Localized(id: "Pengguna (\(count))", en: "Users (\(count))")
    }
    static func divisionsHeading(_ count: Int) -> Localized {
        Localized(id: "Bidang (\(count))", en: "Divisions (\(count))")
    }
    static let inactive = Localized(id: "nonaktif", en: "inactive")
    static let status = ColumnText.queueStatus
    static let code = Localized(id: "Kode", en: "Code")
    static let agencyName = Localized(id: "Nama OPD", en: "Agency name")
    static let shortName = Localized(id: "Nama singkat", en: "Short name")
    static let kind = Localized(id: "Jenis OPD", en: "Agency kind")
    static let parent = Localized(id: "Induk", en: "Parent")
    static let userName = Localized(id: "Nama pengguna (Unix)", en: "User name (Unix)")
    static let role = Localized(id: "Peran", en: "Role")
    static let userAgency = Localized(id: "OPD pengguna", en: "User's agency")
    static let divisionName = Localized(id: "Nama bidang", en: "Division name")
    static let removeButton = Localized(id: "[ Hapus ]", en: "[ Remove ]")
    static let addAgencyTitle = Localized(id: "OPD baru", en: "New agency")
    static let addUserTitle = Localized(id: "Pengguna baru", en: "New user")
    static func editTitle(_ name: String) -> Localized {
        Localized(id: "Ubah \(name)", en: "Edit \(name)")
    }
    static func roleTitle(_ name: String) -> Localized {
        Localized(id: "Peran \(name)", en: "Role of \(name)")
    }
    static func addDivisionTitle(_ name: String) -> Localized {
        Localized(id: "Bidang baru — \(name)", en: "New division — \(name)")
    }
    static func removeTitle(_ name: String) -> Localized {
        Localized(id: "Hapus bidang \(name)", en: "Remove the division \(name)")
    }
    static func confirmRemove(_ name: String) -> Localized {
        Localized(id: "Hapus bidang “\(name)”?", en: "Remove the division “\(name)”?")
    }
    static let nothingSelected = Localized(
        id: "Pilih OPD, pengguna atau bidang dengan kursor (j/k) dulu.",
        en: "Select an agency, a user or a division with the cursor (j/k) first.")
    static func roleNotAdmin(_ role: Role?) -> Localized {
        let name = Role.label(role)
        return Localized(
            id: "Administrasi hanya untuk admin (Anda: \(name.id)).",
            en: "Administration is for admins only (you: \(name.en)).")
    }

    /// What a change did.
    static func saved(_ change: AdminChange) -> Localized {
        switch change {
        case .addAgency(let agency):
            Localized(id: "OPD \(agency.code) ditambahkan.", en: "Agency \(agency.code) added.")
        case .editAgency(let agency): Localized(id: "OPD \(agency.code) disimpan.", en: "Agency \(agency.code) saved.")
        case .setActive(let id, let active):
            active
                ? Localized(id: "OPD #\(id) aktif kembali.", en: "Agency #\(id) is active again.")
                : Localized(id: "OPD #\(id) dinonaktifkan.", en: "Agency #\(id) deactivated.")
        case .addDivision(let division):
            Localized(id: "Bidang baru: \(division.name).", en: "New division: \(division.name).")
        case .renameDivision(_, let name):
            Localized(id: "Bidang kini bernama \(name).", en: "The division is now \(name).")
        case .removeDivision(let id): Localized(id: "Bidang #\(id) dihapus.", en: "Division #\(id) removed.")
        case .addUser(let user): Localized(id: "Pengguna \(user.name) ditambahkan.", en: "User \(user.name) added.")
        case .setRole(let name, let role):
            Localized(id: "Peran \(name) kini \(role.label.id).", en: "\(name)'s role is now \(role.label.en).")
        }
    }
}
