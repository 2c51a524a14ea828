/// The OPDs of Kota Cilegon as its press names them (reference/cilegon.md), with real-sounding bidang.
enum CityAgencies {
    /// Secretariats, inspectorate and badan.
    static let coordinating: [AgencyTemplate] = [
        AgencyTemplate(
            "SETDA", "Sekretariat Daerah", .sekretariat,
            divisions: [
                "Bagian Tata Pemerintahan", "Bagian Hukum", "Bagian Organisasi",
                "Bagian Pengadaan Barang dan Jasa", "Bagian Protokol dan Komunikasi Pimpinan",
                "Bagian Perekonomian dan Sumber Daya Alam",
            ]),
        AgencyTemplate(
            "DPRD", "Sekretariat DPRD", .sekretariat,
            divisions: [
                "Bagian Umum dan Keuangan", "Bagian Persidangan dan Perundang-undangan",
                "Bagian Fasilitasi Penganggaran dan Pengawasan",
            ]),
        AgencyTemplate(
            "INSPEKTORAT", "Inspektorat", .inspektorat,
            divisions: [
                "Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II",
                "Inspektur Pembantu Wilayah III", "Inspektur Pembantu Khusus",
            ]),
        AgencyTemplate(
            "BAPPEDALITBANG", "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan", .badan,
            divisions: [
                "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
                "Bidang Pemerintahan dan Pembangunan Manusia",
                "Bidang Perekonomian dan Sumber Daya Alam",
                "Bidang Infrastruktur dan Pengembangan Wilayah", "Bidang Penelitian dan Pengembangan",
            ],
            nationalCode: "BAPPEDA", nationalName: "Badan Perencanaan Pembangunan Daerah"),
        AgencyTemplate(
            "BPKPAD", "Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah", .badan,
            divisions: [
                "Bidang Anggaran", "Bidang Perbendaharaan", "Bidang Akuntansi", "Bidang Pendapatan Daerah",
                "Bidang Pengelolaan Aset Daerah",
            ]),
        AgencyTemplate(
            "BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", .badan,
            divisions: [
                "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", "Bidang Mutasi dan Promosi",
                "Bidang Pengembangan Kompetensi Aparatur", "Bidang Penilaian Kinerja Aparatur dan Penghargaan",
            ]),
        AgencyTemplate(
            "BPBD", "Badan Penanggulangan Bencana Daerah", .badan,
            divisions: [
                "Bidang Pencegahan dan Kesiapsiagaan", "Bidang Kedaruratan dan Logistik",
                "Bidang Rehabilitasi dan Rekonstruksi",
            ]),
        AgencyTemplate(
            "KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", .badan,
            divisions: [
                "Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa", "Bidang Politik Dalam Negeri",
                "Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama dan Organisasi Kemasyarakatan",
                "Bidang Kewaspadaan Nasional dan Penanganan Konflik",
            ]),
    ]

    /// The RSUD and the Satpol PP, which are neither dinas nor badan.
    static let others: [AgencyTemplate] = [
        AgencyTemplate(
            "RSUD", "RSUD Kota Cilegon", .rsud,
            divisions: [
                "Bidang Pelayanan Medis", "Bidang Keperawatan", "Bidang Penunjang Medis dan Nonmedis",
                "Bagian Perencanaan dan Keuangan",
            ],
            nationalName: "RSUD"),
        AgencyTemplate(
            "SATPOLPP", "Satuan Polisi Pamong Praja", .satuan,
            divisions: [
                "Bidang Penegakan Peraturan Daerah", "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
                "Bidang Perlindungan Masyarakat",
            ]),
    ]

    /// Every OPD template in the order agencies are numbered.
    static let all: [AgencyTemplate] = coordinating + CityDinas.all + others

    /// The template with `code`, if there is one.
    static func template(code: String) -> AgencyTemplate? {
        all.first { $0.code == code }
    }
}
