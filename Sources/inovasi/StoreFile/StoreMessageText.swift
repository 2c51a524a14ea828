import InovasiCore

/// Messages of the commands that create or change a store, and of the demo fallback.
enum StoreMessageText {
    static func storeCreated(_ path: String, admin: String) -> Localized {
        Localized(
            id: "Penyimpanan baru dibuat: \(path) (admin: \(admin)).",
            en: "Created a new store: \(path) (admin: \(admin)).")
    }

    static func demoWritten(_ path: String, _ counts: DemoCounts, _ language: Language) -> Localized {
        let n = { (value: Int) in NumberText.grouped(value, language) }
        return Localized(
            id: "Data demo ditulis ke \(path): \(n(counts.agencies)) OPD, \(n(counts.divisions)) bidang, "
                + "\(n(counts.users)) pengguna, \(n(counts.innovations)) inovasi, \(n(counts.proposals)) usulan, "
                + "\(n(counts.sessions)) sesi pendampingan.",
            en: "Wrote demo data to \(path): \(n(counts.agencies)) agencies, \(n(counts.divisions)) divisions, "
                + "\(n(counts.users)) users, \(n(counts.innovations)) innovations, \(n(counts.proposals)) proposals, "
                + "\(n(counts.sessions)) mentoring sessions.")
    }

    static func demoRefused(_ path: String) -> Localized {
        Localized(
            id: "\(path) sudah berisi data; data demo hanya ditulis ke berkas baru atau penyimpanan kosong. "
                + "Pilih berkas lain dengan --data.",
            en: "\(path) already holds data; demo data is only written to a new file or an empty store. "
                + "Choose another file with --data.")
    }

    static func demoFallbackCreated(_ demoPath: String, realPath: String) -> Localized {
        Localized(
            id: "Belum ada penyimpanan di \(realPath); membuat penyimpanan DEMO berisi data Kota Cilegon di "
                + "\(demoPath). Buat penyimpanan sendiri dengan `inovasi init`.",
            en: "No store at \(realPath) yet; creating a DEMO store with Kota Cilegon's data at \(demoPath). "
                + "Create your own store with `inovasi init`.")
    }

    static func demoFallbackUsing(_ demoPath: String, realPath: String) -> Localized {
        Localized(
            id: "Belum ada penyimpanan di \(realPath); memakai penyimpanan DEMO \(demoPath).",
            en: "No store at \(realPath) yet; using the DEMO store \(demoPath).")
    }

    static func checkClean(_ path: String) -> Localized {
        Localized(id: "Pemeriksaan \(path): tidak ada masalah.", en: "Checked \(path): no problems.")
    }

    static func checkProblems(_ path: String, count: Int) -> Localized {
        Localized(
            id: "Pemeriksaan \(path): \(count) masalah ditemukan.",
            en: "Checked \(path): \(count) problem\(count == 1 ? "" : "s") found.")
    }

    static func userAdded(_ name: String, role: Role) -> Localized {
        Localized(
            id: "Pengguna \(name) ditambahkan dengan peran \(role.label.id).",
            en: "Added user \(name) with role \(role.label.en).")
    }

    static func roleSet(_ name: String, role: Role) -> Localized {
        Localized(
            id: "Peran \(name) sekarang \(role.label.id).", en: "\(name)'s role is now \(role.label.en).")
    }
}

/// How many of each thing the demo wrote, for the message that says so.
struct DemoCounts: Sendable, Equatable {
    var agencies: Int
    var divisions: Int
    var users: Int
    var innovations: Int
    var proposals: Int
    var sessions: Int
}
