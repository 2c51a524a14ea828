import InovasiCore

/// Help and messages of `inovasi sessions add|edit|cancel|done|show` and of `--week`/`--uncovered`.
enum SessionsText {
    static let group = Localized(
        id: "Jadwal pendampingan: daftar (bawaan), tambah, ubah, batalkan, selesai, tampilkan.",
        en: "Mentoring sessions: list (default), add, edit, cancel, done, show.")
    static let list = Localized(
        id: "Daftar pendampingan dalam rentang tanggal, satu minggu, atau OPD yang belum terjangkau.",
        en: "Sessions in a date range, one week, or the OPDs mentoring has not reached.")
    static let add = Localized(id: "Menjadwalkan pendampingan baru (admin).", en: "Schedules a new session (admin).")
    static let edit = Localized(
        id: "Mengubah pendampingan terjadwal; UID tetap, SEQUENCE bertambah (admin).",
        en: "Changes a scheduled session; its UID stays, its SEQUENCE grows (admin).")
    static let cancel = Localized(
        id: "Membatalkan pendampingan; tetap tersimpan, bertanda batal (admin).",
        en: "Cancels a session; it is kept, marked cancelled (admin).")
    static let done = Localized(
        id: "Mencatat pendampingan selesai: OPD yang hadir dan tindak lanjut (admin).",
        en: "Marks a session done: the OPDs that attended and the follow-up (admin).")
    static let show = Localized(id: "Menampilkan satu pendampingan.", en: "Shows one session.")

    static let idHelp = Localized(id: "Nomor pendampingan.", en: "The session's number.")
    static let titleHelp = Localized(id: "Judul.", en: "Title.")
    static let dateHelp = Localized(
        id: "Tanggal, TTTT-BB-HH (zona konfigurasi).", en: "Day, YYYY-MM-DD (configured zone).")
    static let startHelp = Localized(id: "Jam mulai, JJ:MM.", en: "Start time, HH:MM.")
    static let endHelp = Localized(id: "Jam selesai, JJ:MM.", en: "End time, HH:MM.")
    static let placeHelp = Localized(id: "Tempat.", en: "Place.")
    static let modeHelp = Localized(id: "offline, online atau hybrid.", en: "offline, online or hybrid.")
    static let linkHelp = Localized(
        id: "Tautan rapat (wajib untuk online).", en: "Meeting link (required for online).")
    static let speakerHelp = Localized(id: "Nama narasumber.", en: "The narasumber's name.")
    static let institutionHelp = Localized(
        id: "Instansi narasumber (LAN RI, KemenPAN-RB, BRIN …).", en: "The narasumber's institution (LAN RI, BRIN …).")
    static let labStageHelp = Localized(
        id: "Tahap Laboratorium Inovasi: drum-up, diagnose, design, deliver, display; kosong untuk tanpa tahap.",
        en: "Laboratorium Inovasi stage: drum-up, diagnose, design, deliver, display; empty for none.")
    static let opdHelp = Localized(
        id: "OPD yang didampingi (kode, nama atau alias); boleh berulang.",
        en: "An OPD served (code, name or alias); repeatable.")
    static let innovationHelp = Localized(
        id: "Nomor inovasi yang didampingi; boleh berulang.", en: "An innovation served, by number; repeatable.")
    static let notesHelp = Localized(id: "Catatan.", en: "Notes.")
    static let yesHelp = Localized(
        id: "Menerima tanggal yang sudah lewat.", en: "Accepts a date in the past.")
    static let reasonHelp = Localized(id: "Alasan pembatalan.", en: "Why it is cancelled.")
    static let attendedHelp = Localized(
        id: "OPD yang hadir (kode, nama atau alias); boleh berulang.", en: "An OPD that attended; repeatable.")
    static let followUpHelp = Localized(id: "Tindak lanjut yang disepakati.", en: "The follow-up agreed.")
    static let weekHelp = Localized(
        id: "Satu minggu (Senin–Minggu): this, next atau TTTT-Wmm.",
        en: "One week (Monday–Sunday): this, next or YYYY-Www.")
    static let uncoveredHelp = Localized(
        id: "OPD tanpa inovasi utama yang tidak punya pendampingan dalam --days hari ke depan.",
        en: "OPDs without a main innovation and without a session in the next --days days.")
    static let daysHelp = Localized(
        id: "Hari ke depan untuk --uncovered (bawaan 30).", en: "Days ahead for --uncovered (default 30).")

    static func missing(_ option: String) -> Localized {
        Localized(id: "\(option) wajib diisi", en: "\(option) is required")
    }

    static func badMode(_ text: String) -> Localized {
        Localized(
            id: "--mode \"\(text)\" tidak dikenal; pilih offline, online atau hybrid",
            en: "--mode \"\(text)\" is unknown; choose offline, online or hybrid")
    }

    static func badLabStage(_ text: String) -> Localized {
        Localized(
            id: "--lab-stage \"\(text)\" tidak dikenal; pilih drum-up, diagnose, design, deliver atau display",
            en: "--lab-stage \"\(text)\" is unknown; choose drum-up, diagnose, design, deliver or display")
    }

    static func badID(_ text: String) -> Localized {
        Localized(id: "nomor pendampingan \"\(text)\" tidak sah", en: "session number \"\(text)\" is not valid")
    }

    static func unknownSession(_ id: Int64, path: String) -> Localized {
        Localized(id: "pendampingan #\(id) tidak ada di \(path)", en: "no session #\(id) in \(path)")
    }

    static func badInnovation(_ text: String) -> Localized {
        Localized(
            id: "--innovation \"\(text)\" bukan nomor inovasi",
            en: "--innovation \"\(text)\" is not an innovation number")
    }

    static func badWeek(_ text: String) -> Localized {
        Localized(
            id: "--week \"\(text)\" tidak sah; tulis this, next atau TTTT-Wmm (mis. 2026-W50)",
            en: "--week \"\(text)\" is not valid; write this, next or YYYY-Www (e.g. 2026-W50)")
    }

    static let weekWithRange = Localized(
        id: "--week tidak bisa digabung dengan --from/--to", en: "--week cannot be combined with --from/--to")
    static let uncoveredWithRange = Localized(
        id: "--uncovered tidak bisa digabung dengan --week, --from atau --to",
        en: "--uncovered cannot be combined with --week, --from or --to")
    static let daysWithoutUncovered = Localized(
        id: "--days hanya berlaku bersama --uncovered", en: "--days only goes with --uncovered")

    static func badDays(_ text: Int) -> Localized {
        Localized(id: "--days \(text) harus 1 sampai 366", en: "--days \(text) must be 1 to 366")
    }

    static func warning(_ text: String) -> Localized {
        Localized(id: "Peringatan: \(text)", en: "Warning: \(text)")
    }

    static func pastNeedsYes(_ text: String) -> Localized {
        Localized(
            id: "\(text); tambahkan --yes untuk tetap menjadwalkannya", en: "\(text); add --yes to schedule it anyway")
    }

    static func added(_ id: Int64, _ title: String, uid: String) -> Localized {
        Localized(
            id: "Pendampingan #\(id) «\(title)» dijadwalkan (UID \(uid)).",
            en: "Session #\(id) «\(title)» scheduled (UID \(uid)).")
    }

    static func edited(_ id: Int64, _ title: String, sequence: Int) -> Localized {
        Localized(
            id: "Pendampingan #\(id) «\(title)» diubah (SEQUENCE \(sequence)).",
            en: "Session #\(id) «\(title)» changed (SEQUENCE \(sequence)).")
    }

    static func cancelled(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Pendampingan #\(id) «\(title)» dibatalkan.", en: "Session #\(id) «\(title)» cancelled.")
    }

    static func markedDone(_ id: Int64, _ title: String, attended: Int) -> Localized {
        Localized(
            id: "Pendampingan #\(id) «\(title)» selesai; \(attended) OPD hadir.",
            en: "Session #\(id) «\(title)» done; \(attended) OPDs attended.")
    }

    static func uncoveredTitle(city: String, from: String, to: String) -> Localized {
        Localized(
            id: "\(city) — OPD tanpa inovasi utama dan tanpa pendampingan \(from) s.d. \(to)",
            en: "\(city) — OPDs without a main innovation and without a session \(from) to \(to)")
    }

    static let uncoveredNone = Localized(
        id: "Semua OPD tanpa inovasi utama sudah punya jadwal pendampingan.",
        en: "Every OPD without a main innovation has a session scheduled.")
    static let columnOPDs = Localized(id: "OPD", en: "OPDs")
    static let fieldUID = Localized(id: "UID kalender", en: "Calendar UID")
    static let fieldSequence = Localized(id: "Urutan ubah (SEQUENCE)", en: "Edits (SEQUENCE)")
    static let fieldLink = Localized(id: "Tautan", en: "Link")
    static let fieldLabStage = Localized(id: "Tahap Lab Inovasi", en: "Lab Inovasi stage")
    static let fieldInnovations = Localized(id: "Inovasi", en: "Innovations")
    static let fieldAttended = Localized(id: "OPD hadir", en: "OPDs attended")
    static let fieldFollowUp = Localized(id: "Tindak lanjut", en: "Follow-up")
    static let fieldNotes = Localized(id: "Catatan", en: "Notes")
}
