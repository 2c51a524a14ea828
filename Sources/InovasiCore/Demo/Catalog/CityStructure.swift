/// A city's real organisation, without innovations, proposals or sessions: what
/// `inovasi init --city` writes so an office starts from its own OPDs instead of an empty list.
///
/// Built from the same catalogue as the demo, but whole: every bidang of each OPD and every seksi
/// of each kecamatan and kelurahan (the demo keeps a random few of them).
public struct CityStructure: Sendable {
    /// One OPD with its bidang; a kelurahan names its kecamatan by code.
    public struct Unit: Sendable {
        /// The OPD without an id or parent id: the store assigns both.
        public let agency: Agency
        /// Code of the kecamatan a kelurahan sits under; nil for every other kind.
        public let parentCode: String?
        /// Bidang (bagian, seksi) names in catalogue order.
        public let divisions: [String]
    }

    /// The key given to `--city`, e.g. `cilegon`.
    public let key: String
    /// "Kota Cilegon".
    public let regionName: String
    /// Parents before their kelurahan, in the order the catalogue lists them.
    public let units: [Unit]

    /// The keys `--city` accepts, for the refusal that lists them.
    public static let knownKeys = ["cilegon"]

    /// The structure for `key` (any case), or nil when no city of that key is known.
    public static func named(_ key: String) -> CityStructure? {
        switch key.lowercased() {
        case "cilegon": cilegon
        default: nil
        }
    }

    /// Kota Cilegon: 28 OPDs, 8 kecamatan and 43 kelurahan (reference/cilegon.md).
    public static var cilegon: CityStructure {
        var units = CityAgencies.all.map { template in
            Unit(
                agency: Agency(
                    code: template.code, name: template.name, kind: template.kind, shortName: template.shortName),
                parentCode: nil, divisions: template.divisions)
        }
        for district in CityDistricts.all {
            units.append(
                Unit(
                    agency: Agency(
                        code: CityDistricts.districtCode(district.name), name: "Kecamatan " + district.name,
                        kind: .kecamatan, shortName: CityShortNames.district(district.name)),
                    parentCode: nil, divisions: CityDistricts.districtSections))
        }
        for district in CityDistricts.all {
            for village in district.villages {
                units.append(
                    Unit(
                        agency: Agency(
                            code: CityDistricts.villageCode(village), name: "Kelurahan " + village, kind: .kelurahan,
                            shortName: CityShortNames.village(village)),
                        parentCode: CityDistricts.districtCode(district.name), divisions: CityDistricts.villageSections)
                )
            }
        }
        return CityStructure(key: "cilegon", regionName: CityAgencyBuilder.regionName, units: units)
    }
}
