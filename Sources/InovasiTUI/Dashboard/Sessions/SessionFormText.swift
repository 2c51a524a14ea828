import InovasiCore

/// The words of the calendar's session keys (`+`, `e`, `c`, `x`), their forms and their results.
enum SessionFormText {
    /// `+` in the calendar.
    static let add = Localized(id: "sesi pendampingan baru", en: "new mentoring session")
    /// `e` on a session.
    static let edit = Localized(id: "ubah sesi", en: "edit the session")
    /// `c` on a session.
    static let cancel = Localized(id: "batalkan sesi", en: "cancel the session")
    /// `x` on a session.
    static let done = Localized(id: "tandai sesi selesai", en: "mark the session done")

    static let newTitle = Localized(id: "Sesi pendampingan baru", en: "New mentoring session")
    static func editTitle(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Ubah sesi #\(id) \(title)", en: "Edit session #\(id) \(title)")
    }
    static func cancelTitle(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Batalkan sesi #\(id) \(title)", en: "Cancel session #\(id) \(title)")
    }
    static func doneTitle(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Sesi #\(id) \(title) selesai", en: "Session #\(id) \(title) held")
    }

    static let title = InnovationFormText.title
    static let date = Localized(id: "Tanggal", en: "Date")
    static let start = Localized(id: "Mulai (jam)", en: "Starts (time)")
    static let end = Localized(id: "Selesai (jam)", en: "Ends (time)")
    static let place = LabelText.place
    static let mode = LabelText.mode
    static let link = Localized(id: "Tautan rapat", en: "Meeting link")
    static let speaker = ColumnText.sessionSpeaker
    static let institution = Localized(id: "Institusi narasumber", en: "Resource person's institution")
    static let labStage = Localized(id: "Tahap Laboratorium Inovasi", en: "Innovation Lab stage")
    static let noLabStage = Localized(id: "(bukan Laboratorium Inovasi)", en: "(not the Innovation Lab)")
    static let agencies = LabelText.servedAgencies
    static let innovations = LabelText.servedInnovations
    static let notes = LabelText.notes
    static let reason = Localized(id: "Alasan pembatalan", en: "Reason for cancelling")
    static let attended = Localized(id: "OPD yang hadir", en: "Agencies that attended")
    static let followUp = Localized(id: "Tindak lanjut", en: "Follow-up")
    static let schedule = Localized(id: "Jadwalkan", en: "Schedule")
    static let save = ProposalFormText.save
    static let confirmCancel = Localized(id: "Batalkan sesi", en: "Cancel the session")
    static let confirmDone = Localized(id: "Catat selesai", en: "Record as held")
    static let zoneNote = Localized(id: "Jam dalam zona", en: "Times in the zone")

    // Validation, naming what to fix.
    static let endNotAfterStart = Localized(
        id: "Jam selesai harus setelah jam mulai.", en: "The end must be after the start.")
    static let linkNeeded = Localized(
        id: "Sesi daring perlu tautan rapat.", en: "An online session needs its meeting link.")
    static let pastDate = Localized(
        id: "Tanggalnya sudah lewat. Tetap jadwalkan?", en: "The date is in the past. Schedule it anyway?")
    static let unverified = Localized(
        id: "tanggal belum diverifikasi dengan SKB", en: "date not yet checked against the decree")

    static func notScheduled(_ id: Int64, _ status: SessionStatus) -> Localized {
        Localized(composing: { language in
            let label = status.label.text(language)
            return Localized(
                id: "Sesi #\(id) berstatus \(label): hanya sesi terjadwal yang dapat diubah atau dibatalkan.",
                en: "Session #\(id) is \(label): only scheduled sessions can be edited or cancelled."
            ).text(language)
        })
    }
    static func alreadyCancelled(_ id: Int64) -> Localized {
        Localized(
            id: "Sesi #\(id) sudah dibatalkan: tidak dapat ditandai selesai.",
            en: "Session #\(id) was cancelled: it cannot be marked done.")
    }
    static func notStarted(_ id: Int64) -> Localized {
        Localized(
            id: "Sesi #\(id) belum dimulai: baru bisa ditandai selesai setelah dimulai.",
            en: "Session #\(id) has not started: it can be marked done only once it has started.")
    }
    static let noSession = Localized(
        id: "Tidak ada sesi di bawah kursor.", en: "There is no session under the cursor.")
    /// The month view's day has several sessions; `keys` names (in a language) the keys of the week
    /// view, the agenda and the day's detail, as the key map binds them.
    static func severalThatDay(_ count: Int, keys: (Language) -> (week: String, agenda: String, detail: String))
        -> Localized
    {
        Localized(composing: { language in
            let key = keys(language)
            return Localized(
                id: "Ada \(count) sesi pada hari ini: pilih satu di tampilan minggu (\(key.week)), agenda "
                    + "(\(key.agenda)) atau rincian hari (\(key.detail)).",
                en: "There are \(count) sessions that day: pick one in the week view (\(key.week)), the agenda "
                    + "(\(key.agenda)) or the day's detail (\(key.detail))."
            ).text(language)
        })
    }
    static func roleNotAdmin(_ role: Role?) -> Localized {
        Localized(composing: { language in
            let name = Role.label(role).text(language)
            return Localized(
                id: "Peran \(name) tidak boleh mengatur sesi pendampingan (hanya admin).",
                en: "The role \(name) may not manage mentoring sessions (admins only)."
            ).text(language)
        })
    }
    static func changedMeanwhile(_ id: Int64, by user: String?, at time: String?) -> Localized {
        guard let user, let time else { return changedMeanwhile(id) }
        return Localized(
            id:
                "Sesi #\(id) telah diubah \(user) (\(time)) sejak formulir dibuka; tidak disimpan. Tutup (Esc) dan buka lagi.",
            en:
                "Session #\(id) was changed by \(user) (\(time)) since the form opened; not saved. Close it (Esc) and reopen."
        )
    }
    static func changedMeanwhile(_ id: Int64) -> Localized {
        Localized(
            id: "Sesi #\(id) telah diubah orang lain sejak formulir dibuka; tidak disimpan. Tutup (Esc) dan buka lagi.",
            en:
                "Session #\(id) was changed by someone else since the form opened; not saved. Close it (Esc) and reopen."
        )
    }

    // Results.
    static func added(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Sesi #\(id) «\(title)» dijadwalkan.", en: "Session #\(id) «\(title)» scheduled.")
    }
    static func saved(_ id: Int64) -> Localized {
        Localized(id: "Sesi #\(id) disimpan.", en: "Session #\(id) saved.")
    }
    static func cancelled(_ id: Int64) -> Localized {
        Localized(id: "Sesi #\(id) dibatalkan.", en: "Session #\(id) cancelled.")
    }
    static func markedDone(_ id: Int64, attended: Int) -> Localized {
        Localized(
            id: "Sesi #\(id) dicatat selesai (\(attended) OPD hadir).",
            en: "Session #\(id) recorded as held (\(attended) agencies attended).")
    }
}
