import InovasiCore
import Testing

@Suite("Institution of a narasumber")
struct InstitutionTests {
    static let spellings: [(String, Institution)] = [
        ("LAN", .lanRI), ("LAN RI", .lanRI), ("LAN-RI", .lanRI), ("lan ri", .lanRI),
        ("Lembaga Administrasi Negara", .lanRI), ("Lembaga Administrasi Negara Republik Indonesia", .lanRI),
        ("Puslatbang KMP LAN", .lanRI),
        ("KemenPAN-RB", .kemenpanRB), ("Kemenpan RB", .kemenpanRB), ("KemenPANRB", .kemenpanRB),
        ("Kementerian PANRB", .kemenpanRB), ("Kementerian PAN-RB", .kemenpanRB), ("MenPAN-RB", .kemenpanRB),
        ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", .kemenpanRB),
        ("BRIN", .brin), ("brin", .brin), ("Badan Riset dan Inovasi Nasional", .brin),
        ("Kemendagri", .kemendagri), ("Kementerian Dalam Negeri", .kemendagri), ("BPSDM Kemendagri", .kemendagri),
        ("Ditjen Bina Pembangunan Daerah, Kementerian Dalam Negeri", .kemendagri),
        ("Universitas Gadjah Mada", .other), ("Bappenas", .other), ("", .other), ("Planet", .other),
        ("Balanced", .other),
    ]

    @Test("the usual spellings of each institution are recognised, others are other", arguments: spellings)
    func classify(_ text: String, _ expected: Institution) {
        #expect(Institution(classifying: text) == expected, "\(text)")
    }

    @Test("the tag: the institution's abbreviation, else the text's short form, else other/lain")
    func tags() {
        #expect(Institution.tag(of: "Lembaga Administrasi Negara", .id) == "LAN")
        #expect(Institution.tag(of: "KemenPAN-RB", .en) == "PAN")
        #expect(Institution.tag(of: "Badan Riset dan Inovasi Nasional", .id) == "BRIN")
        #expect(Institution.tag(of: "Kementerian Dalam Negeri", .id) == "DAGRI")
        #expect(Institution.tag(of: "Universitas Gadjah Mada", .id) == "UGM")
        #expect(Institution.tag(of: "BPS", .en) == "BPS")
        #expect(Institution.tag(of: "Bappenas", .id) == "lain")
        #expect(Institution.tag(of: "Bappenas", .en) == "other")
        #expect(Institution.tag(of: "", .id) == "lain")
        // initials that would read as a known tag are not used for an unknown institution
        #expect(Institution.tag(of: "Lembaga Akademi Nusantara", .id) == "lain")
        for text in ["Universitas Gadjah Mada", "Kementerian Dalam Negeri", "Pemerintah Kota Cilegon Banten Raya Baru"]
        {
            #expect(Institution.tag(of: text, .id).count <= Institution.tagWidth)
        }
    }
}
