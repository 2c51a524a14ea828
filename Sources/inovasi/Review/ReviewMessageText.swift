import InovasiCore

/// Refusals of bad `review` input, each naming the option or value.
enum ReviewMessageText {
    static func badProposalID(_ value: String) -> Localized {
        Localized(
            id: "Nomor usulan “\(value)” tidak sah: tulis bilangan bulat positif, seperti `id` dari `inovasi queue`.",
            en: "Invalid proposal number “\(value)”: write a positive whole number, like `id` from `inovasi queue`.")
    }

    static func badNumber(_ value: String, option: String) -> Localized {
        Localized(
            id: "Nilai “\(value)” untuk \(option) tidak sah: tulis bilangan bulat.",
            en: "Invalid value “\(value)” for \(option): write a whole number.")
    }

    static func unknownOption(_ option: String) -> Localized {
        Localized(
            id: "Opsi “\(option)” tidak dikenal; `--help` menampilkan opsi yang ada.",
            en: "Unknown option “\(option)”; `--help` lists the options there are.")
    }

    static func unexpectedArgument(_ value: String) -> Localized {
        Localized(
            id: "Argumen “\(value)” tidak diharapkan: perintah ini menerima satu nomor usulan.",
            en: "Unexpected argument “\(value)”: this command takes one proposal number.")
    }

    static func missingOption(_ option: String) -> Localized {
        Localized(id: "\(option) wajib diisi.", en: "\(option) is required.")
    }

    static func noteRequired(_ command: String) -> Localized {
        Localized(
            id: "`review \(command)` memerlukan catatan: tambahkan --note \"…\". Tidak ada yang diubah.",
            en: "`review \(command)` needs a note: add --note \"…\". Nothing was changed.")
    }

    static func badCriterionNote(_ value: String) -> Localized {
        Localized(
            id: "Catatan kriteria “\(value)” tidak sah: tulis kriteria=TEKS dengan kriteria renewal, benefit, burden, "
                + "authority atau replicable.",
            en: "Invalid criterion note “\(value)”: write criterion=TEXT with criterion renewal, benefit, burden, "
                + "authority or replicable.")
    }

    static func versionCount(ids: Int, versions: Int) -> Localized {
        Localized(
            id: "--expect-version diberikan \(versions) kali untuk \(ids) usulan: berikan sekali per nomor usulan, "
                + "berurutan, atau tidak sama sekali.",
            en: "--expect-version given \(versions) times for \(ids) proposals: give it once per proposal number, "
                + "in order, or not at all.")
    }

    static func badForm(_ value: String) -> Localized {
        let list = InnovationForm.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(
            id: "Bentuk “\(value)” untuk --form tidak dikenal: pilih dari \(list).",
            en: "Unknown form “\(value)” for --form: choose from \(list).")
    }

    static func badKind(_ value: String) -> Localized {
        let list = InnovationKind.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(
            id: "Jenis “\(value)” untuk --kind tidak dikenal: pilih dari \(list).",
            en: "Unknown kind “\(value)” for --kind: choose from \(list).")
    }

    static func badSort(_ value: String) -> Localized {
        Localized(
            id: "Urutan “\(value)” untuk --sort tidak dikenal: pilih age, score, opd atau title.",
            en: "Unknown order “\(value)” for --sort: choose age, score, opd or title.")
    }

    static func badActionFormat(_ value: String) -> Localized {
        Localized(
            id: "Format “\(value)” untuk --format tidak dikenal: pilih text atau json.",
            en: "Unknown format “\(value)” for --format: choose text or json.")
    }
}

/// What a `review` command did, for standard output.
extension ReviewMessageText {
    static func reviewDone(_ event: ProposalEvent, id: Int64, user: String, status: ProposalStatus, version: Int64)
        -> Localized
    {
        let done = eventDone(event)
        return Localized(
            id: "Usulan #\(id) \(done.id) oleh \(user): kini \(status.label.id), versi \(version).",
            en: "Proposal #\(id) \(done.en) by \(user): now \(status.label.en), version \(version).")
    }

    /// The event as what happened to the proposal.
    private static func eventDone(_ event: ProposalEvent) -> Localized {
        switch event {
        case .take: Localized(id: "diambil untuk ditinjau", en: "taken into review")
        case .approve: Localized(id: "disetujui", en: "approved")
        case .requestRevision: Localized(id: "dikembalikan untuk revisi", en: "sent back for revision")
        case .reject: Localized(id: "ditolak", en: "rejected")
        case .release: Localized(id: "dikembalikan ke antrean", en: "released to the queue")
        case .resubmit: Localized(id: "diajukan ulang", en: "resubmitted")
        case .withdraw: Localized(id: "ditarik", en: "withdrawn")
        }
    }

    static func innovationCreated(id: Int64, stage: Stage, agency: String) -> Localized {
        Localized(
            id: "Inovasi #\(id) dibuat pada tahapan \(stage.label.id) untuk OPD \(agency).",
            en: "Innovation #\(id) created at stage \(stage.label.en) for agency \(agency).")
    }

    static func undone(id: Int64, action: Localized, at time: String, status: ProposalStatus, version: Int64)
        -> Localized
    {
        Localized(
            id: "Dibatalkan pada usulan #\(id): tindakan Anda (\(action.id)) pada \(time). Kini \(status.label.id), "
                + "versi \(version).",
            en: "Undone on proposal #\(id): your action (\(action.en)) at \(time). Now \(status.label.en), "
                + "version \(version).")
    }

    static func assigned(id: Int64, reviewer: String, status: ProposalStatus, version: Int64) -> Localized {
        Localized(
            id: "Usulan #\(id) ditugaskan kepada \(reviewer): kini \(status.label.id), versi \(version).",
            en: "Proposal #\(id) assigned to \(reviewer): now \(status.label.en), version \(version).")
    }

    static func unassigned(id: Int64, status: ProposalStatus, version: Int64) -> Localized {
        Localized(
            id: "Penilai usulan #\(id) dilepas: kini \(status.label.id), versi \(version).",
            en: "Reviewer removed from proposal #\(id): now \(status.label.en), version \(version).")
    }

    static func scoreSaved(id: Int64, user: String, score: String, threshold: String, verdict: Verdict)
        -> Localized
    {
        let verdict = verdict.label
        return Localized(
            id: "Nilai \(user) untuk usulan #\(id) disimpan. "
                + "Skor tertimbang \(score) dari 5 (ambang \(threshold)): \(verdict.id)",
            en: "\(user)'s scores for proposal #\(id) saved. "
                + "Weighted score \(score) of 5 (threshold \(threshold)): \(verdict.en)")
    }
}

/// Headings and sentences of `review history`.
extension ReviewMessageText {
    static func historyTitle(id: Int64, title: String, status: ProposalStatus, version: Int64, assignee: String?)
        -> Localized
    {
        Localized(
            id: "Usulan #\(id) — \(title) (\(status.label.id), versi \(version), penilai: \(assignee ?? "–"))",
            en: "Proposal #\(id) — \(title) (\(status.label.en), version \(version), reviewer: \(assignee ?? "–"))")
    }

    static func historyTime(_ zone: String) -> Localized {
        Localized(id: "Waktu (\(zone))", en: "Time (\(zone))")
    }

    static let historyUser = Localized(id: "Pengguna", en: "User")
    static let historyAction = Localized(id: "Tindakan", en: "Action")
    static let historyNote = Localized(id: "Catatan", en: "Note")
    static let historyCriterion = Localized(id: "Kriteria", en: "Criterion")
    static let historyWeighted = Localized(id: "Skor tertimbang", en: "Weighted score")
    static let historyVerdict = Localized(id: "Rekomendasi", en: "Recommendation")
    static let historyMinimum = Localized(id: "Nilai minimum", en: "Minimum")
    static let historyNoScores = Localized(id: "Belum ada nilai.", en: "No scores yet.")

    /// The heading of one review round's scores in a proposal's history.
    static func historyRound(_ round: Int64, current: Bool) -> Localized {
        current
            ? Localized(id: "Putaran \(round) (sekarang)", en: "Round \(round) (current)")
            : Localized(id: "Putaran \(round)", en: "Round \(round)")
    }

    static func historyMean(_ score: String, count: Int, threshold: String, verdict: Verdict) -> Localized {
        let verdict = verdict.label
        return Localized(
            id: "Rata-rata \(count) penilai: \(score) dari 5 (ambang \(threshold)): \(verdict.id)",
            en:
                "Mean of \(count) reviewer\(count == 1 ? "" : "s"): \(score) of 5 (threshold \(threshold)): \(verdict.en)"
        )
    }
}

extension ReviewMessageText {
    /// The queue's column of the mean weighted score.
    static let queueScore = Localized(id: "Skor", en: "Score")

    /// An undone action whose audit entry cannot be found.
    static let unknownAction = Localized(id: "?", en: "?")
}
