/// Indonesian personal names and titles for initiators, proposers and narasumber.
enum PeopleCorpus {
    static let maleGiven = [
        "Ahmad", "Muhammad", "Rizky", "Dedi", "Hendra", "Agus", "Budi", "Eko", "Fajar", "Iwan", "Yusuf", "Asep",
        "Ujang", "Rahmat", "Hasan", "Imam", "Arif", "Wahyu", "Joko", "Slamet", "Andi", "Bambang", "Heri", "Irfan",
        "Taufik", "Dadang", "Ade", "Nanang",
    ]
    static let femaleGiven = [
        "Siti", "Nurul", "Dewi", "Rina", "Yuni", "Sri", "Lilis", "Euis", "Ani", "Ratna", "Fitri", "Intan", "Wulan",
        "Maya", "Nia", "Tuti", "Eka", "Rosita", "Aisyah", "Dian", "Neneng", "Yeni", "Ika", "Lia",
    ]
    static let maleFamily = [
        "Hidayat", "Santoso", "Kurniawan", "Saputra", "Setiawan", "Wijaya", "Permana", "Nugraha", "Firmansyah",
        "Maulana", "Suryadi", "Hermawan", "Pratama", "Ramadhan", "Fauzi", "Sulaeman", "Jaelani", "Mulyadi",
        "Sutisna", "Gunawan", "Syarifudin", "Hamdani",
    ]
    static let femaleFamily = [
        "Rahayu", "Lestari", "Handayani", "Susanti", "Kartika", "Anggraeni", "Wulandari", "Puspitasari",
        "Fitriani", "Maharani", "Oktaviani", "Permatasari", "Nurjanah", "Safitri",
    ]
    /// Degrees an ASN adds after the name.
    static let degrees = [
        "S.Sos.", "S.T.", "S.E., M.M.", "S.Kom.", "S.Pd.", "S.Kep., Ners", "S.K.M.", "S.H.", "S.A.P.",
        "S.Si., M.T.", "S.IP., M.Si.", "S.Ak.",
    ]
    /// Academic titles of narasumber.
    static let speakerPrefixes = ["Dr. ", "Dr. ", "Ir. ", "", "Prof. Dr. "]
    static let speakerSuffixes = [", M.Si.", ", M.P.A.", ", M.T.", ", M.A.P.", ", Ph.D.", ", M.Sc.", ", M.Kes."]

    /// A full name, without titles.
    static func person(_ rng: inout SplitMix64) -> String {
        if rng.chance(0.5) {
            return rng.element(of: maleGiven) + " " + rng.element(of: maleFamily)
        }
        let family = rng.chance(0.7) ? rng.element(of: femaleFamily) : rng.element(of: maleFamily)
        return rng.element(of: femaleGiven) + " " + family
    }

    /// A civil servant's name with a degree: "Dewi Kartika, S.K.M.".
    static func civilServant(_ rng: inout SplitMix64) -> String {
        person(&rng) + ", " + rng.element(of: degrees)
    }

    /// A narasumber's name with titles: "Dr. Ratna Lestari, M.Si.".
    static func speaker(_ rng: inout SplitMix64) -> String {
        rng.element(of: speakerPrefixes) + person(&rng) + rng.element(of: speakerSuffixes)
    }

    /// An Indonesian mobile number as people write it: "0812-3456-7890".
    static func phone(_ rng: inout SplitMix64) -> String {
        let prefix = rng.element(of: ["0812", "0813", "0821", "0852", "0857", "0878", "0819", "0896"])
        let middle = rng.int(in: 1_000...9_999)
        let last = rng.int(in: 1_000...9_999)
        return "\(prefix)-\(middle)-\(last)"
    }
}
