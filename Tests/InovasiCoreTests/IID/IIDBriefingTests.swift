import Foundation
import InovasiCore
import Testing

/// The briefing for the Wali Kota (`inovasi iid --format markdown`) as a snapshot in both
/// languages, and the other formats' shape.
@Suite("IID briefing")
struct IIDBriefingTests {
    /// Five innovations (sosial left empty), one without its video's document, one without regulasi.
    static func input() -> IIDPlanInput {
        var input = IIDPlanFixture.sixAtOne
        input.innovations.removeAll { $0.id == 6 }
        input.innovations[1].answers["35"] = .init(level: 2, hasEvidence: false)
        input.innovations[3].answers["16"] = nil
        input.innovations[3].title = "Klinik <b>|Sehat|</b>"
        return input
    }

    static func report(_ language: Language, top: Int = 4, agencyID: Int64? = nil) throws -> IIDPlanReport {
        IIDPlanReport(
            formula: try IIDPlanFixture.formula(), input: input(), top: top, agencyID: agencyID,
            agencyName: agencyID.map { "OPD \($0)" }, city: "Kota Cilegon", language: language)
    }

    @Test("a store without innovations says so instead of printing an empty table")
    func noInnovations() throws {
        let report = IIDPlanReport(
            formula: try IIDPlanFixture.formula(), input: IIDPlanInput(year: 2026), top: 4, agencyID: nil,
            agencyName: nil, city: "Kota Cilegon", language: .en)
        let text = report.table()
        #expect(text.contains("Innovations\nNo innovation recorded yet.\n"))
        #expect(!text.contains("SID (of"))
    }

    @Test("the briefing in Bahasa Indonesia")
    func indonesian() throws {
        let text = try Self.report(.id).markdown()
        #expect(text == Self.expectedID)
    }

    @Test("the briefing in English")
    func english() throws {
        let text = try Self.report(.en).markdown()
        #expect(text == Self.expectedEN)
    }

    @Test("per OPD: only its innovations and actions, a note that the index is the city's")
    func perAgency() throws {
        let report = try Self.report(.en, top: 50, agencyID: 2)
        #expect(report.actions.allSatisfy { $0.agencyID == 2 })
        #expect(report.innovations.map(\.id) == [4, 5, 9])
        let text = report.table()
        #expect(text.contains("Innovations and actions of OPD 2 only; the index is still the city's."))
        #expect(!text.contains("Inovasi 1"))
        #expect(text.contains("Klinik <b>|Sehat|</b>"))
    }

    @Test("CSV: one row per action with its levels; JSON: the estimate's parts with English keys")
    func csvAndJSON() throws {
        let report = try Self.report(.en)
        let (header, rows) = report.csvRows()
        #expect(header.first == "rank" && rows.count == 4)
        #expect(rows[2][6] == "16" && rows[2][7] == "0" && rows[2][8] == "3" && rows[2][3] == "OPD 2")
        let data = Data(report.json().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["missingAffairs"] as? [String] == ["sosial"])
        #expect((object["maturity"] as? [String: Any])?["divisor"] as? Int == 12)
        #expect((object["nextPredicate"] as? [String: Any])?["name"] as? String == "Inovatif")
        #expect((object["actions"] as? [[String: Any]])?.first?["kind"] as? String == "addInnovations")
        #expect((object["innovations"] as? [[String: Any]])?.count == 8)
    }

    static let expectedID = #"""
        # Laporan singkat untuk Wali Kota: IID 2026 Kota Cilegon

        Dihitung dari bukti yang tercatat di inovasi, dengan aturan tahun ini; bukan hasil resmi.

        - **Perkiraan indeks**: 7,73 (Kurang Inovatif)
        - **Hasil resmi terakhir**: 48,30 (Inovatif, penilaian 2025)
        - **Predikat berikutnya**: Inovatif mulai 40,01: kurang 32,28 poin indeks
        - **Skor SPD**: 4,50 dari 5,25
        - **Rata-rata kematangan**: 14,83 (jumlah SID 178 / pembagi 12; 5 inovasi dikirim)
        - **Skor jumlah inovasi**: 0,00
        - **Urusan pelayanan dasar**: kosong: sosial — skor jumlah inovasi menjadi 0
        - **Total**: 19,33 dari 250

        ## Langkah paling bernilai (4 teratas)

        | Urutan | + Indeks | Langkah                                                                                          | OPD   |
        | -----: | -------: | :----------------------------------------------------------------------------------------------- | :---- |
        |      1 |    +0,91 | Kirim satu inovasi pada tiap urusan pelayanan dasar yang kosong: sosial                          | kota  |
        |      2 |    +0,30 | Naikkan indikator daerah 6a Tren pengangguran dari tingkat 2 ke 3                                | kota  |
        |      3 |    +0,30 | Naikkan indikator 16 Indikator 16 dari tingkat 0 ke 3 pada “Klinik &lt;b&gt;\|Sehat\|&lt;/b&gt;” | OPD 2 |
        |      4 |    +0,27 | Naikkan indikator 35 Indikator 35 dari tingkat 1 ke 3 pada “Inovasi 1”                           | OPD 1 |

        ## Bukti wajib yang masih kurang per OPD

        ### OPD 1

        - Inovasi 2: 35 Indikator 35

        ### OPD 2

        - Klinik &lt;b&gt;\|Sehat\|&lt;/b&gt;: 16 Indikator 16

        """#
    static let expectedEN = #"""
        # Briefing for the Wali Kota: IID 2026 of Kota Cilegon

        Computed from the evidence recorded in inovasi under this year's rules; not an official result.

        - **Estimated index**: 7.73 (Kurang Inovatif)
        - **Last official result**: 48.30 (Inovatif, 2025 assessment)
        - **Next predicate**: Inovatif from 40.01: 32.28 index points to go
        - **SPD score**: 4.50 of 5.25
        - **Maturity average**: 14.83 (SID sum 178 / divisor 12; 5 innovations sent)
        - **Number score**: 0.00
        - **Basic-service affairs**: empty: sosial — the number score is 0
        - **Total score**: 19.33 of 250

        ## Most valuable actions (top 4)

        | Rank | + Index | Action                                                                                     | Agency |
        | ---: | ------: | :----------------------------------------------------------------------------------------- | :----- |
        |    1 |   +0.91 | Send one innovation in each basic-service affair left empty: sosial                        | city   |
        |    2 |   +0.30 | Raise the region's indicator 6a Tren pengangguran from level 2 to 3                        | city   |
        |    3 |   +0.30 | Raise indicator 16 Indikator 16 from level 0 to 3 on “Klinik &lt;b&gt;\|Sehat\|&lt;/b&gt;” | OPD 2  |
        |    4 |   +0.27 | Raise indicator 35 Indikator 35 from level 1 to 3 on “Inovasi 1”                           | OPD 1  |

        ## Mandatory evidence still missing per OPD

        ### OPD 1

        - Inovasi 2: 35 Indikator 35

        ### OPD 2

        - Klinik &lt;b&gt;\|Sehat\|&lt;/b&gt;: 16 Indikator 16

        """#
}
