import InovasiCore

/// Words of the mentoring calendar pane.
enum CalendarText {
    static let noSessionsMonth = Localized(
        id: "Belum ada sesi bulan ini.", en: "No sessions this month.")
    static let monthView = Localized(id: "Bulan", en: "Month")
    static let weekView = Localized(id: "Minggu", en: "Week")
    static let agendaView = Localized(id: "Agenda", en: "Agenda")
    static let noSessionsListed = Localized(id: "Tidak ada sesi di sini.", en: "No sessions here.")
    static let noSessionsWeek = Localized(id: "Tidak ada sesi minggu ini.", en: "No sessions this week.")
    static let noSessionsAgenda = Localized(
        id: "Tidak ada sesi dalam 30 hari.", en: "No sessions in the next 30 days.")
    static let weekendMark = Localized(id: "akhir pekan", en: "weekend")
    static let uncoveredHeading = Localized(
        id: "OPD tanpa inovasi utama, tanpa sesi 30 hari:", en: "OPDs without a main innovation, no session in 30 days:"
    )
    static let allCovered = Localized(
        id: "Semua OPD tanpa inovasi utama punya sesi.", en: "Every OPD without a main innovation has a session.")
    static let legend = Localized(
        id: "○ terjadwal ✓ selesai ✗ batal ! <15 mnt * libur", en: "○ scheduled ✓ done ✗ cancelled ! <15 min * holiday")
    static let next = Localized(id: "berikutnya", en: "next")
    static let nextSession = Localized(id: "sesi berikutnya", en: "next session")
    static let previousSession = Localized(id: "sesi sebelumnya", en: "previous session")
    static let openSession = Localized(id: "buka sesi", en: "open the session")
    static let agendaWeekLater = Localized(id: "agenda mulai sepekan kemudian", en: "agenda from a week later")
    static let agendaWeekEarlier = Localized(id: "agenda mulai sepekan sebelumnya", en: "agenda from a week earlier")
    static let agendaFromToday = Localized(id: "agenda mulai hari ini", en: "agenda from today")
    static let minutes = Localized(id: "mnt", en: "min")
}
