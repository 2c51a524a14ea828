/// Titles, institutions, places and notes of mentoring sessions (pendampingan).
enum SessionCorpus {
    /// A kind of session, run by narasumber of one or more institutions.
    struct Kind: Sendable {
        let title: String
        let institutions: [String]
        /// Whether the session serves kelurahan and kecamatan rather than dinas and badan.
        let forRegions: Bool
    }

    static let lan = "LAN RI"
    static let kemenpan = "KemenPAN-RB"
    static let brin = "BRIN"
    static let bskdn = "Kemendagri (BSKDN)"
    static let kemendes = "Kemendes"

    /// The stages of LAN RI's Laboratorium Inovasi, in order.
    static let laboratoryStages = ["Drum-Up", "Diagnose", "Design", "Deliver", "Display"]

    /// The title of a Laboratorium Inovasi session of stage `stage` (0…4, ``LabStage`` order).
    static func laboratoryTitle(stage: Int) -> String {
        "Laboratorium Inovasi: Tahap " + laboratoryStages[stage]
    }

    static let kinds: [Kind] = [
        Kind(title: "Coaching Clinic Penyusunan Proposal Inovasi", institutions: [lan, kemenpan], forRegions: false),
        Kind(title: "Klinik Inovasi Pelayanan Publik", institutions: [kemenpan], forRegions: false),
        Kind(title: "Asistensi Penyusunan Proposal KIPP", institutions: [kemenpan], forRegions: false),
        Kind(title: "Bimbingan Teknis Pengisian Indeks Inovasi Daerah", institutions: [bskdn], forRegions: false),
        Kind(title: "Verifikasi dan Validasi Data Dukung IID", institutions: [bskdn], forRegions: false),
        Kind(title: "Konsultasi Riset dan Inovasi Daerah", institutions: [brin], forRegions: false),
        Kind(title: "Pendampingan Kajian Kebijakan Berbasis Bukti", institutions: [brin], forRegions: false),
        Kind(title: "Pendampingan Teknologi Tepat Guna dan Posyantek", institutions: [kemendes], forRegions: true),
        Kind(title: "Klinik Inovasi Kelurahan", institutions: [lan, bskdn], forRegions: true),
    ]

    static let offlinePlaces = [
        "Aula Bappedalitbang Kota Cilegon", "Ruang Rapat Bappedalitbang Kota Cilegon", "Ruang Rapat Setda Kota Cilegon",
        "Ruang Rapat Wali Kota Cilegon", "Aula Dinas Kesehatan Kota Cilegon",
    ]
    static let onlinePlaces = ["Zoom Meeting", "Zoom (tautan dikirim melalui grup WhatsApp)", "Zoom Webinar"]
    static let hybridPlaces = [
        "Aula Bappedalitbang Kota Cilegon dan Zoom Meeting", "Ruang Rapat Setda Kota Cilegon dan Zoom Meeting",
    ]

    static let scheduledNotes = [
        "Peserta membawa draf proposal dan data dukung inovasi.",
        "Setiap OPD mengirim dua orang: operator inovasi dan kepala bidang terkait.",
        "Bahan paparan dikirim paling lambat sehari sebelum kegiatan.",
        "Peserta diminta menyiapkan laptop dan akun aplikasi IID.",
    ]
    static let doneNotes = [
        "Terlaksana; notulen dan bahan paparan dibagikan melalui grup koordinasi.",
        "Terlaksana; tindak lanjut berupa perbaikan proposal dalam dua minggu.",
        "Terlaksana dengan kehadiran lengkap; rekaman tersedia di Bappedalitbang.",
    ]
    static let cancelledNotes = [
        "Dibatalkan karena narasumber berhalangan; akan dijadwalkan ulang.",
        "Ditunda karena bertepatan dengan rapat paripurna DPRD.",
        "Dibatalkan; digabung dengan sesi pekan berikutnya.",
    ]

    /// A note fitting the session's status.
    static func notes(for status: SessionStatus, rng: inout SplitMix64) -> String {
        switch status {
        case .scheduled: rng.element(of: scheduledNotes)
        case .done: rng.element(of: doneNotes)
        case .cancelled: rng.element(of: cancelledNotes)
        }
    }

    /// What was agreed at a session that took place (its follow-up), one line each.
    static let followUps = [
        "OPD melengkapi data dukung inovasi dan mengunggahnya ke aplikasi IID paling lambat Jumat depan.",
        "Draf proposal diperbaiki sesuai masukan narasumber dan dikirim ulang untuk direviu.",
        "Tim inovasi menyusun peta masalah dan akar masalah sebelum sesi berikutnya.",
        "Bappedalitbang menjadwalkan kunjungan lapangan ke lokasi uji coba.",
        "OPD menyiapkan SK tim inovasi dan SOP layanan baru.",
        "Indikator kinerja inovasi disepakati; pengukuran awal dimulai bulan ini.",
        "Narasumber mengirim contoh proposal terbaik KIPP sebagai rujukan.",
        "Rencana replikasi ke dua kecamatan lain dibahas pada rapat koordinasi.",
    ]

    /// Offline places of a session in another region, with `{r}` for the region's name.
    static let regionalPlaces = [
        "Aula Bappeda {r}", "Ruang Rapat Setda {r}", "Pendopo {r}", "Aula Dinas Kominfo {r}",
    ]
    /// Online places of a session in another region.
    static let regionalOnlinePlaces = ["Zoom Meeting", "Google Meet", "Zoom Webinar"]
}
