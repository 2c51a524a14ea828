/// Sentences of tujuan (goal), manfaat (benefit) and hasil yang diharapkan (expected result).
enum OutcomeSentences {
    typealias Sentence = DesignSentences.Sentence

    static let goal: [Sentence] = [
        { "Meningkatkan \($0.theme.outcome) bagi \($0.theme.target)." },
        { "Mempermudah \($0.theme.target) memperoleh \($0.theme.service) tanpa harus datang berulang kali ke kantor." },
        { "Mempercepat \($0.theme.service) sekaligus meningkatkan \($0.theme.outcome)." },
        { "Menyediakan \($0.theme.service) yang lebih cepat, mudah dan terjangkau bagi \($0.theme.target)." },
    ]

    static let goalAddition: [Sentence] = [
        { _ in "Selain itu, usulan ini menyediakan data yang dapat dipakai untuk perencanaan program tahun berikutnya."
        },
        { _ in "Usulan ini juga memperkuat koordinasi antara perangkat daerah, kelurahan dan masyarakat." },
        { "Usulan ini juga menjadi inovasi utama \($0.unitName) sebagaimana diwajibkan bagi setiap bidang." },
    ]

    static let benefit: [Sentence] = [
        { context in
            "Bagi masyarakat, \(context.theme.service) menjadi lebih cepat, murah dan mudah dijangkau. Bagi "
                + "\(context.agencyName), data layanan lebih akurat dan dapat dipakai untuk perencanaan."
        },
        {
            "\($0.theme.capitalizedTarget) tidak perlu lagi mengeluarkan biaya dan waktu tambahan untuk "
                + "memperoleh \($0.theme.service)."
        },
        { _ in
            "Pimpinan memperoleh data mutakhir untuk mengambil keputusan, dan kinerja layanan dapat dipantau "
                + "secara terbuka."
        },
        { _ in "Inovasi ini mendukung capaian Indeks Inovasi Daerah dan Standar Pelayanan Minimal." },
    ]

    /// The first sentence of every expected result: a measurable target.
    static let measuredResult: Sentence = { context in
        "Dalam satu tahun setelah penerapan, persentase \(context.theme.metric) meningkat dari "
            + "\(context.baselinePercent) persen menjadi \(context.targetPercent) persen."
    }

    static let furtherResult: [Sentence] = [
        {
            "Waktu penyelesaian \($0.theme.service) turun dari \($0.daysBefore) hari kerja menjadi "
                + "\($0.daysAfter) hari kerja."
        },
        {
            "Indeks kepuasan masyarakat terhadap layanan mencapai sekurang-kurangnya \($0.satisfaction) "
                + "(kategori baik)."
        },
        {
            "Inovasi ditetapkan sebagai inovasi utama \($0.unitName) dan dilaporkan dalam aplikasi Indeks "
                + "Inovasi Daerah."
        },
    ]
}
