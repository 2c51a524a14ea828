import Foundation

/// The words of the session warnings and clashes, shared by the command line and the forms.
public enum SessionText {
    /// One warning as a sentence; days as `YYYY-MM-DD`.
    public static func warning(_ warning: SessionWarnings.Warning) -> Localized {
        switch warning {
        case .weekend(let day):
            Localized(id: "\(day) jatuh pada akhir pekan", en: "\(day) falls on a weekend")
        case .holiday(let day, let name, let leave):
            leave
                ? Localized(
                    id: "\(day) adalah cuti bersama (\(name))", en: "\(day) is a collective leave day (\(name))")
                : Localized(
                    id: "\(day) adalah hari libur nasional (\(name))", en: "\(day) is a national holiday (\(name))")
        case .fridayPrayer(let day):
            Localized(
                id: "\(day) hari Jumat: sesi melewati waktu salat Jumat 11.30–13.00",
                en: "\(day) is a Friday: the session runs across the Friday prayer 11.30–13.00")
        case .pastDate(let day):
            Localized(id: "\(day) sudah lewat", en: "\(day) is in the past")
        }
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
