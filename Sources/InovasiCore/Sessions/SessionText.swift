import Foundation

/// The words of the session warnings and clashes, shared by the command line and the forms.
public enum SessionText {
    /// One warning as a sentence; days written out as people read them (`Sabtu, 5 Desember 2026`).
    public static func warning(_ warning: SessionWarnings.Warning) -> Localized {
        switch warning {
        case .weekend(let day):
            dated(day) { date in Localized(id: "\(date) jatuh pada akhir pekan", en: "\(date) falls on a weekend") }
        case .holiday(let day, let name, let leave):
            dated(day) { date in
                leave
                    ? Localized(
                        id: "\(date) adalah cuti bersama (\(name))", en: "\(date) is a collective leave day (\(name))")
                    : Localized(
                        id: "\(date) adalah hari libur nasional (\(name))",
                        en: "\(date) is a national holiday (\(name))")
            }
        case .fridayPrayer(let day):
            dated(day) { date in
                Localized(
                    id: "\(date): sesi melewati waktu salat Jumat 11.30–13.00",
                    en: "\(date): the session runs across the Friday prayer 11.30–13.00")
            }
        case .pastDate(let day):
            dated(day) { date in Localized(id: "\(date) sudah lewat", en: "\(date) is in the past") }
        }
    }

    /// A sentence about `day`, with the day written in the language the sentence is read in.
    private static func dated(_ day: CalendarDay, _ sentence: (String) -> Localized) -> Localized {
        Localized(composing: { language in sentence(DateText.long(day, language)).text(language) })
    }

    /// One clash, naming the other session by number, title and time; `time` formats an instant,
    /// `code` names an OPD by its id.
    public static func conflict(
        _ conflict: SessionConflicts.Conflict, time: (Date) -> String, code: (Int64) -> String
    ) -> Localized {
        let other = conflict.other
        let when = "\(time(other.startsAt))–\(time(other.endsAt))"
        return Localized(composing: { language in
            let reasons = conflict.reasons.map { reason in
                switch reason {
                case .speaker(let name):
                    Localized(id: "narasumber yang sama (\(name))", en: "the same narasumber (\(name))").text(language)
                case .agency(let id):
                    Localized(id: "OPD yang sama (\(code(id)))", en: "the same OPD (\(code(id)))").text(language)
                }
            }
            let list = reasons.joined(separator: ", ")
            return Localized(
                id: "bentrok dengan pendampingan #\(other.id) «\(other.title)» \(when): \(list)",
                en: "clashes with mentoring session #\(other.id) «\(other.title)» \(when): \(list)"
            ).text(language)
        })
    }
}
