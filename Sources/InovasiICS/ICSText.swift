import InovasiCore

/// The calendar layer's messages: where a file is refused, and why.
public enum ICSText {
    static func message(_ error: ICSError) -> Localized {
        let reason = reason(error.problem)
        guard error.line > 0 else { return reason }
        return Localized(
            id: "baris \(error.line): \(reason.id)", en: "line \(error.line): \(reason.en)")
    }

    static func reason(_ problem: ICSProblem) -> Localized {
        switch problem {
        case .empty: Localized(id: "berkas kalender kosong", en: "the calendar file is empty")
        case .notUTF8: Localized(id: "berkas tidak berenkode UTF-8", en: "the file is not encoded in UTF-8")
        case .notCalendar:
            Localized(
                id: "bukan berkas iCalendar (tidak diawali BEGIN:VCALENDAR)",
                en: "not an iCalendar file (it does not begin with BEGIN:VCALENDAR)")
        case .noColon:
            Localized(
                id: "baris tanpa titik dua antara nama dan nilai", en: "a line without the colon between name and value"
            )
        case .badSyntax(let text):
            Localized(id: "tata tulis tidak sah: \(text)", en: "invalid syntax: \(text)")
        case .unexpectedEnd(let name):
            Localized(id: "END:\(name) tanpa BEGIN yang cocok", en: "END:\(name) without a matching BEGIN")
        case .unclosed(let name):
            Localized(id: "BEGIN:\(name) tidak pernah ditutup", en: "BEGIN:\(name) is never closed")
        case .missing(let name):
            Localized(id: "acara tanpa \(name)", en: "an event without \(name)")
        default: valueReason(problem)
        }
    }

    static func valueReason(_ problem: ICSProblem) -> Localized {
        switch problem {
        case .badDate(let value):
            Localized(
                id: "tanggal atau waktu tidak sah: \"\(value)\"", en: "invalid date or date-time: \"\(value)\"")
        case .badDuration(let value):
            Localized(id: "durasi tidak sah: \"\(value)\"", en: "invalid duration: \"\(value)\"")
        case .badNumber(let value):
            Localized(id: "bukan bilangan bulat: \"\(value)\"", en: "not a whole number: \"\(value)\"")
        case .badStatus(let value):
            Localized(
                id: "STATUS tidak dikenal: \"\(value)\" (TENTATIVE, CONFIRMED atau CANCELLED)",
                en: "unknown STATUS: \"\(value)\" (TENTATIVE, CONFIRMED or CANCELLED)")
        case .unknownZone(let zone):
            Localized(
                id: "zona waktu \"\(zone)\" tidak dikenal dan tidak didefinisikan dalam berkas (VTIMEZONE)",
                en: "time zone \"\(zone)\" is unknown and not defined in the file (VTIMEZONE)")
        case .endBeforeStart:
            Localized(id: "acara berakhir sebelum dimulai", en: "the event ends before it starts")
        case .badRule(let part):
            Localized(
                id: "aturan pengulangan (RRULE) tidak dapat dibaca: \(part)",
                en: "the recurrence rule (RRULE) cannot be read: \(part)")
        default: Localized(verbatim: "")
        }
    }
}
