import InovasiCore

/// The texts of `inovasi import sessions`.
enum CalendarImportText {
    static let help = Localized(
        id: "Mengimpor jadwal pendampingan dari berkas kalender .ics (dari inovasi, Google Calendar, Outlook).",
        en: "Imports mentoring sessions from an .ics calendar file (from inovasi, Google Calendar, Outlook).")
    static let discussion = Localized(
        id: "Acara dengan UID yang sudah dikenal memperbarui jadwalnya, yang lain ditambahkan; semua atau tidak "
            + "sama sekali. Bawaan: acara mulai hari ini sampai dua belas bulan ke depan; acara berulang menjadi "
            + "satu jadwal per kejadian (UID/waktu-UTC), acara sehari penuh memakai jam kantor. Narasumber yang "
            + "tidak disebut dicatat \"(narasumber belum ditentukan)\".",
        en: "Events with a known UID update their session, the others are added; all or nothing. Default: "
            + "events from today to twelve months ahead; a recurring event becomes one session per occurrence "
            + "(UID/UTC-time), an all-day event takes the office hours. A resource person not named is recorded "
            + "as \"(resource person not set)\".")
    static let fileHelp = Localized(id: "Berkas .ics.", en: "An .ics file.")
    static func summary(added: Int, updated: Int, unchanged: Int, dryRun: Bool) -> Localized {
        dryRun
            ? Localized(
                id: "Akan ditambah \(added), diperbarui \(updated), tidak berubah \(unchanged).",
                en: "Would add \(added), update \(updated), unchanged \(unchanged).")
            : Localized(
                id: "Ditambah \(added), diperbarui \(updated), tidak berubah \(unchanged).",
                en: "Added \(added), updated \(updated), unchanged \(unchanged).")
    }
}
