/// Kabupaten and kota of Indonesia whose agencies fill the national scale.
enum NationalRegions {
    /// A region: "Kabupaten Sleman" or "Kota Malang".
    struct Region: Sendable {
        let isCity: Bool
        let name: String

        /// "Kabupaten Sleman".
        var fullName: String { (isCity ? "Kota " : "Kabupaten ") + name }
        /// Head of the region as an initiator names them.
        var headTitle: String { isCity ? "Wali Kota" : "Bupati" }
        /// Code suffix, at most 17 characters: `KABSLEMAN`, `KOTAMALANG`.
        var codeSuffix: String {
            String(((isCity ? "KOTA" : "KAB") + CityDistricts.slug(name)).prefix(17))
        }
    }

    private static let regencies = [
        "Sleman", "Bantul", "Gunungkidul", "Kulon Progo", "Bandung", "Garut", "Tasikmalaya", "Ciamis",
        "Cianjur", "Sukabumi", "Bogor", "Karawang", "Subang", "Indramayu", "Cirebon", "Banyumas", "Cilacap",
        "Kebumen", "Magelang", "Klaten", "Boyolali", "Sragen", "Jepara", "Kudus", "Pati", "Banyuwangi",
        "Jember", "Malang", "Sidoarjo", "Gresik", "Lamongan", "Tuban", "Bojonegoro", "Pandeglang", "Lebak",
        "Serang", "Tangerang", "Lampung Selatan", "Deli Serdang", "Agam", "Gowa", "Bone", "Badung", "Gianyar",
        "Lombok Timur", "Kutai Kartanegara", "Banjar", "Minahasa",
    ]

    private static let cities = [
        "Bandung", "Surabaya", "Semarang", "Yogyakarta", "Malang", "Surakarta", "Denpasar", "Makassar",
        "Medan", "Padang", "Palembang", "Pontianak", "Balikpapan", "Manado", "Serang", "Tangerang Selatan",
        "Bogor", "Depok", "Bekasi", "Cimahi",
    ]

    /// All regions, kabupaten and kota interleaved so that any prefix mixes both.
    static let all: [Region] = {
        var result: [Region] = []
        let count = max(regencies.count, cities.count)
        for index in 0..<count {
            if index < regencies.count { result.append(Region(isCity: false, name: regencies[index])) }
            if index < cities.count { result.append(Region(isCity: true, name: cities[index])) }
        }
        return result
    }()
}
