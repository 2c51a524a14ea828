import Foundation
import InovasiCore

/// Fixed instants and the reference facts the demo data is checked against.
enum DemoFixtures {
    /// Wednesday 18 March 2026, 10:00 WIB.
    static let now = Date(timeIntervalSince1970: 1_773_802_800)
    /// Sunday 1 February 2026, 01:00 WIB — still 31 January in UTC.
    static let monthTurn = Date(timeIntervalSince1970: 1_769_882_400)
    static let seed: UInt64 = 20_260_318
    static let wib = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt

    static func city(seed: UInt64 = seed, now: Date = now, proposals: Int? = nil) -> DemoDataSet {
        DemoGenerator.make(scale: .city, seed: seed, now: now, proposalCount: proposals)
    }

    /// The kecamatan of Kota Cilegon with their kelurahan, from reference/cilegon.md.
    static let districts: [String: [String]] = [
        "Cibeber": ["Bulakan", "Cibeber", "Cikerai", "Kalitimbang", "Karangasem", "Kedaleman"],
        "Cilegon": ["Bagendung", "Bendungan", "Ciwaduk", "Ciwedus", "Ketileng"],
        "Citangkil": ["Citangkil", "Deringo", "Kebonsari", "Lebakdenok", "Samangraya", "Tamanbaru", "Warnasari"],
        "Ciwandan": ["Banjarnegara", "Gunungsugih", "Kepuh", "Kubangsari", "Randakari", "Tegalratu"],
        "Grogol": ["Gerem", "Grogol", "Kotasari", "Rawa Arum"],
        "Jombang": ["Gedong Dalem", "Jombang Wetan", "Masigit", "Panggungrawi", "Sukmajaya"],
        "Pulomerak": ["Lebakgede", "Mekarsari", "Suralaya", "Tamansari"],
        "Purwakarta": ["Kebondalem", "Kotabumi", "Pabean", "Purwakarta", "Ramanuju", "Tegal Bunder"],
    ]

    /// OPD codes the brief requires, with their kinds.
    static let opdKinds: [String: AgencyKind] = [
        "SETDA": .sekretariat, "DPRD": .sekretariat, "INSPEKTORAT": .inspektorat, "BAPPEDALITBANG": .badan,
        "BPKPAD": .badan, "BKPSDM": .badan, "DINDIKBUD": .dinas, "DINKES": .dinas, "DPUPR": .dinas, "DPKP": .dinas,
        "DLH": .dinas, "DISHUB": .dinas, "DINSOS": .dinas, "DP3AP2KB": .dinas, "DISDUKCAPIL": .dinas,
        "DPMPTSP": .dinas, "DISKOMINFO": .dinas, "DISKOPUKM": .dinas, "DISPERINDAG": .dinas, "DISNAKER": .dinas,
        "DISPORAPAR": .dinas, "DKP3": .dinas, "DAMKAR": .dinas, "DPAD": .dinas, "RSUD": .rsud,
        "SATPOLPP": .satuan, "BPBD": .badan, "KESBANGPOL": .badan,
    ]

    /// Local (WIB) calendar parts of an instant.
    static func local(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = wib
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
    }

    /// (year, month) of `date` moved by `offset` months, in WIB.
    static func month(of date: Date, offset: Int) -> (Int, Int) {
        let parts = local(date)
        let index = (parts.year ?? 0) * 12 + (parts.month ?? 1) - 1 + offset
        return (index / 12, index % 12 + 1)
    }
}
