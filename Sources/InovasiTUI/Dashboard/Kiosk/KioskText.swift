import InovasiCore

/// The words of the kiosk's wall pages.
enum KioskText {
    static let cityTitle = Localized(id: "Ringkasan kota", en: "The city at a glance")
    static let agendaTitle = Localized(
        id: "Pendampingan dua minggu ke depan", en: "Mentoring sessions, the coming two weeks")
    static let innovationsByStage = Localized(id: "Inovasi per tahap", en: "Innovations by stage")
    static let agenciesWithMain = Localized(id: "OPD dengan inovasi utama", en: "OPDs with a main innovation")
    static let proposalsWaiting = Localized(id: "Usulan menunggu", en: "Proposals waiting")
    static let proposalsOverdue = Localized(id: "Usulan terlambat", en: "Proposals overdue")
    static let nextSession = Localized(id: "Pendampingan berikutnya", en: "Next mentoring session")
    static let noSession = Localized(
        id: "Belum ada pendampingan terjadwal dalam dua minggu ke depan.",
        en: "No mentoring session scheduled in the coming two weeks.")
    static let today = Localized(id: "hari ini", en: "today")
    static let number = Localized(id: "No.", en: "No.")
    static let yes = FormText.yes

    /// "halaman 2 dari 4": which screenful of a paged list is shown.
    static func page(_ number: Int, of count: Int) -> Localized {
        Localized(id: "halaman \(number) dari \(count)", en: "page \(number) of \(count)")
    }

    /// "dari 45 perangkat daerah": what the main-innovation figure counts.
    static func ofAgencies(_ total: Int) -> Localized {
        Localized(id: "dari \(total) perangkat daerah", en: "of \(total) agencies")
    }

    /// "lebih dari 14 hari": what overdue means under the config.
    static func overdueAfter(_ days: Int) -> Localized {
        Localized(id: "lebih dari \(days) hari", en: "over \(days) days")
    }

    /// "42 menunggu · 7 terlambat": the queue page's title figures.
    static func queueFigures(waiting: String, overdue: String) -> Localized {
        Localized(id: "\(waiting) menunggu · \(overdue) terlambat", en: "\(waiting) waiting · \(overdue) overdue")
    }

    /// "dan 12 lagi": rows that did not fit.
    static func more(_ count: Int) -> Localized {
        Localized(id: "dan \(count) lagi", en: "and \(count) more")
    }
}
