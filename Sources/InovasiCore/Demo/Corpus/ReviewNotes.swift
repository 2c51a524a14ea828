/// What reviewers write: notes per criterion, overall notes, and notes on each status change.
enum ReviewNotes {
    /// Notes for a criterion scored 4–5 (`high`) or 1–3; looked up, not rebuilt, per score.
    static func criterion(_ criterion: ReviewCriterion, high: Bool) -> [String] {
        let index = (ReviewCriterion.allCases.firstIndex(of: criterion) ?? 0) * 2 + (high ? 1 : 0)
        return criterionTable[index]
    }

    private static let criterionTable: [[String]] = ReviewCriterion.allCases.flatMap { criterion in
        [criterionNotes(criterion, high: false), criterionNotes(criterion, high: true)]
    }

    private static func criterionNotes(_ criterion: ReviewCriterion, high: Bool) -> [String] {
        switch (criterion, high) {
        case (.renewal, true):
            [
                "Pendekatan baru dibanding layanan yang berjalan saat ini.",
                "Memadukan cara kerja baru dengan sumber daya yang ada.",
            ]
        case (.renewal, false):
            [
                "Kebaruan belum tampak; mirip program yang sudah berjalan.",
                "Perlu dijelaskan pembeda dengan inovasi sejenis.",
            ]
        case (.benefit, true):
            ["Manfaat bagi masyarakat jelas dan terukur.", "Sasaran penerima manfaat dirumuskan dengan baik."]
        case (.benefit, false):
            ["Manfaat belum didukung data sasaran.", "Indikator manfaat belum terukur."]
        case (.noUndueBurden, true):
            ["Tidak menimbulkan biaya tambahan bagi masyarakat.", "Tidak ada syarat baru yang memberatkan warga."]
        case (.noUndueBurden, false):
            ["Perlu dipastikan tidak ada pungutan kepada warga.", "Syarat pendaftaran berpotensi menyulitkan lansia."]
        case (.withinAuthority, true):
            ["Sesuai kewenangan daerah dan tugas pokok perangkat daerah.", "Termasuk urusan wajib pemerintah daerah."]
        case (.withinAuthority, false):
            [
                "Sebagian kegiatan menjadi kewenangan provinsi; perlu dipertegas.",
                "Dasar hukum kewenangan belum dicantumkan.",
            ]
        case (.replicable, true):
            [
                "Mudah direplikasi di perangkat daerah atau kelurahan lain.",
                "Pedoman pelaksanaan sederhana dan dapat ditiru.",
            ]
        case (.replicable, false):
            [
                "Bergantung pada satu aplikasi pihak ketiga sehingga sulit direplikasi.",
                "Kebutuhan anggaran menyulitkan replikasi.",
            ]
        }
    }

    /// Overall note of a score, by the outcome it points to.
    static func overall(for status: ProposalStatus) -> [String] {
        overallTable[ProposalStatus.allCases.firstIndex(of: status) ?? 0]
    }

    private static let overallTable: [[String]] = ProposalStatus.allCases.map(overallNotes)

    private static func overallNotes(for status: ProposalStatus) -> [String] {
        switch status {
        case .approved:
            [
                "Layak ditetapkan; lanjutkan ke tahap uji coba.",
                "Rancang bangun lengkap dan anggaran wajar. Direkomendasikan untuk disetujui.",
                "Inovasi menjawab masalah nyata; perhatikan keberlanjutan setelah uji coba.",
            ]
        case .rejected:
            [
                "Belum memenuhi kriteria kebaruan dan tumpang tindih dengan program yang sudah ada.",
                "Manfaat tidak sebanding dengan anggaran yang diusulkan.",
                "Kegiatan di luar kewenangan daerah; tidak dapat ditetapkan sebagai inovasi daerah.",
            ]
        case .revisionRequested:
            [
                "Rancang bangun perlu dilengkapi dengan data awal dan rincian anggaran.",
                "Indikator keberhasilan belum terukur; mohon diperbaiki.",
                "Jadwal uji coba belum realistis; sesuaikan dengan tahapan anggaran.",
            ]
        default:
            [
                "Penilaian sementara; menunggu klarifikasi pengusul.",
                "Substansi cukup baik, data dukung masih diperiksa.",
                "Perlu konfirmasi lokasi uji coba sebelum diputuskan.",
            ]
        }
    }

    /// Why a proposal is rejected when `criterion` is not met, as a reviewer and the decision say it.
    static func rejection(_ criterion: ReviewCriterion) -> String {
        switch criterion {
        case .renewal:
            "Tidak memenuhi kriteria kebaruan sesuai PP 38 Tahun 2017; tumpang tindih dengan program yang ada."
        case .benefit: "Manfaat bagi masyarakat belum terbukti dan tidak sebanding dengan anggaran yang diusulkan."
        case .noUndueBurden: "Membebani masyarakat dengan syarat atau pungutan baru; tidak memenuhi PP 38 Tahun 2017."
        case .withinAuthority: "Kegiatan di luar kewenangan daerah; tidak dapat ditetapkan sebagai inovasi daerah."
        case .replicable: "Bergantung pada sumber daya yang tidak dapat ditiru sehingga tidak dapat direplikasi."
        }
    }

    /// Note on the audit entry of `event`; decisions that require one always get one.
    static func event(_ event: ProposalEvent) -> [String] {
        eventTable[ProposalEvent.allCases.firstIndex(of: event) ?? 0]
    }

    private static let eventTable: [[String]] = ProposalEvent.allCases.map(eventNotes)

    private static func eventNotes(_ event: ProposalEvent) -> [String] {
        switch event {
        case .take: ["Diambil untuk ditinjau.", "Mulai ditinjau."]
        case .release: ["Dikembalikan ke antrean karena penilai sedang dinas luar.", "Dilepas untuk penilai lain."]
        case .approve:
            ["Disetujui untuk uji coba pada triwulan berikutnya.", "Disetujui; ditetapkan sebagai inovasi daerah."]
        case .requestRevision:
            [
                "Mohon lengkapi data dasar (baseline) dan rincian anggaran per kegiatan.",
                "Perjelas perbedaan dengan layanan yang sudah berjalan dan lokasi uji coba.",
                "Tambahkan indikator keberhasilan yang terukur dan jadwal pelaksanaan.",
            ]
        case .reject:
            [
                "Usulan tumpang tindih dengan inovasi yang sudah berjalan di perangkat daerah lain.",
                "Tidak memenuhi kriteria kebaruan sesuai PP 38 Tahun 2017.",
                "Anggaran tidak sebanding dengan manfaat yang diharapkan.",
            ]
        case .resubmit: ["Perbaikan sesuai catatan penilai telah diunggah.", "Usulan diajukan kembali setelah revisi."]
        case .withdraw:
            [
                "Ditarik oleh pengusul untuk digabungkan dengan usulan lain.",
                "Ditarik karena kegiatan dialihkan ke tahun anggaran berikutnya.",
            ]
        }
    }

    /// Note on the first submission.
    static let submission = [
        "Usulan diterima melalui operator perangkat daerah.", "Usulan baru beserta dokumen pendukung.",
        "Usulan diajukan melalui formulir usulan inovasi.",
    ]
}
