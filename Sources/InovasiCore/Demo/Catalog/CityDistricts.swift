/// The 8 kecamatan and 43 kelurahan of Kota Cilegon (reference/cilegon.md), and their seksi.
enum CityDistricts {
    /// A kecamatan (district) with its kelurahan (urban villages), in the reference's order.
    struct District: Sendable {
        let name: String
        let villages: [String]
    }

    static let all: [District] = [
        District(
            name: "Cibeber", villages: ["Bulakan", "Cibeber", "Cikerai", "Kalitimbang", "Karangasem", "Kedaleman"]),
        District(name: "Cilegon", villages: ["Bagendung", "Bendungan", "Ciwaduk", "Ciwedus", "Ketileng"]),
        District(
            name: "Citangkil",
            villages: ["Citangkil", "Deringo", "Kebonsari", "Lebakdenok", "Samangraya", "Tamanbaru", "Warnasari"]),
        District(
            name: "Ciwandan",
            villages: ["Banjarnegara", "Gunungsugih", "Kepuh", "Kubangsari", "Randakari", "Tegalratu"]),
        District(name: "Grogol", villages: ["Gerem", "Grogol", "Kotasari", "Rawa Arum"]),
        District(name: "Jombang", villages: ["Gedong Dalem", "Jombang Wetan", "Masigit", "Panggungrawi", "Sukmajaya"]),
        District(name: "Pulomerak", villages: ["Lebakgede", "Mekarsari", "Suralaya", "Tamansari"]),
        District(
            name: "Purwakarta",
            villages: ["Kebondalem", "Kotabumi", "Pabean", "Purwakarta", "Ramanuju", "Tegal Bunder"]),
    ]

    /// Seksi of a kecamatan office; each kecamatan gets 3–5.
    static let districtSections = [
        "Seksi Pemerintahan", "Seksi Ketenteraman dan Ketertiban Umum", "Seksi Kesejahteraan Sosial",
        "Seksi Pemberdayaan Masyarakat", "Seksi Perekonomian dan Pembangunan", "Seksi Pelayanan Umum",
    ]

    /// Seksi of a kelurahan office; each kelurahan gets 0–2.
    static let villageSections = [
        "Seksi Pemerintahan dan Ketenteraman", "Seksi Kesejahteraan Sosial dan Pemberdayaan Masyarakat",
        "Seksi Ekonomi dan Pembangunan",
    ]

    /// Template code themes use for any kecamatan.
    static let districtTemplateCode = "KEC"
    /// Template code themes use for any kelurahan.
    static let villageTemplateCode = "KEL"

    /// Agency code of a kecamatan: `KEC-CIBEBER`.
    static func districtCode(_ name: String) -> String { "KEC-" + slug(name) }

    /// Agency code of a kelurahan: `KEL-RAWAARUM`.
    static func villageCode(_ name: String) -> String { "KEL-" + slug(name) }

    /// Upper-case ASCII letters only, for codes.
    static func slug(_ name: String) -> String {
        String(name.uppercased().unicodeScalars.filter { ("A"..."Z").contains($0) }.map(Character.init))
    }
}
