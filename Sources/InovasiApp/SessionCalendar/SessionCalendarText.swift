import InovasiCore

/// The words of the sessions' calendar files: DESCRIPTION's labels, the defaults of foreign
/// events, and why an event cannot be imported.
public enum SessionCalendarText {
    static let calendarName = Localized(id: "Jadwal Pendampingan Inovasi", en: "Innovation mentoring sessions")
    static func speakerLine(_ name: String, _ institution: String) -> Localized {
        Localized(id: "Narasumber: \(name) (\(institution))", en: "Resource person: \(name) (\(institution))")
    }
    static func modeLine(_ mode: String) -> Localized {
        Localized(id: "Moda: \(mode)", en: "Mode: \(mode)")
    }
    static func opdLine(_ names: String) -> Localized {
        Localized(id: "OPD yang didampingi: \(names)", en: "OPDs served: \(names)")
    }
    static func innovationLine(_ titles: String) -> Localized {
        Localized(id: "Inovasi: \(titles)", en: "Innovations: \(titles)")
    }
    static func linkLine(_ link: String) -> Localized {
        Localized(id: "Tautan rapat: \(link)", en: "Meeting link: \(link)")
    }
    static func stageLine(_ stage: String) -> Localized {
        Localized(id: "Tahap Laboratorium Inovasi: \(stage)", en: "Innovation Lab stage: \(stage)")
    }
    static func statusLine(_ status: String) -> Localized {
        Localized(id: "Status: \(status)", en: "State: \(status)")
    }
    static func notesLine(_ notes: String) -> Localized {
        Localized(id: "Catatan: \(notes)", en: "Notes: \(notes)")
    }

    static let noSpeaker = Localized(id: "(narasumber belum ditentukan)", en: "(resource person not set)")
    static let noInstitution = Localized(id: "(instansi belum ditentukan)", en: "(institution not set)")
    static let noPlace = Localized(id: "(tempat belum ditentukan)", en: "(place not set)")

    static func eventPlace(path: String, line: Int, uid: String) -> Localized {
        Localized(id: "\(path): baris \(line): acara UID \(uid)", en: "\(path): line \(line): event UID \(uid)")
    }
    static func unknownOPDs(_ codes: String) -> Localized {
        Localized(id: "kode OPD tidak dikenal: \(codes)", en: "unknown OPD codes: \(codes)")
    }
    static func unknownInnovations(_ names: String) -> Localized {
        Localized(id: "inovasi tidak dikenal: \(names)", en: "unknown innovations: \(names)")
    }
    static func badValue(_ name: String, _ value: String) -> Localized {
        Localized(id: "nilai \(name) tidak dikenal: \"\(value)\"", en: "unknown \(name) value: \"\(value)\"")
    }
    static let duplicateUID = Localized(
        id: "UID yang sama sudah dipakai acara lain dalam berkas", en: "another event in the file has the same UID")
    static func cannotWrite(_ path: String, _ reason: String) -> Localized {
        Localized(id: "tidak dapat menulis \(path): \(reason)", en: "cannot write \(path): \(reason)")
    }
}
