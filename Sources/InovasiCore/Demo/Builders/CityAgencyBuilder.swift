/// Builds Kota Cilegon's agencies: every OPD of the reference, 8 kecamatan and 43 kelurahan, with bidang.
enum CityAgencyBuilder {
    static let regionName = "Kota Cilegon"
    static let regionHead = "Wali Kota Cilegon"

    static func build(seed: UInt64) -> AgencyDirectory {
        var rng = SplitMix64(seed: seed, stream: .agencies)
        var directory = AgencyDirectory()
        let districtPlaces = CityDistricts.all.map { "Kecamatan " + $0.name }
        for template in CityAgencies.all {
            let profile = AgencyProfile(
                templateCode: template.code, regionName: regionName, regionHead: regionHead, isCilegon: true,
                places: districtPlaces)
            let index = directory.add(
                code: template.code, name: template.name, shortName: template.shortName, kind: template.kind,
                profile: profile)
            let required = RealInnovations.all.filter { $0.agencyCode == template.code }.compactMap(\.divisionName)
            let count = min(template.divisions.count, rng.int(in: 2...6))
            for name in pick(count, of: template.divisions, keeping: required, rng: &rng) {
                directory.addDivision(named: name, toAgencyAt: index)
            }
        }
        addDistricts(to: &directory, rng: &rng)
        return directory
    }

    /// `count` names of `names` in catalogue order, always including those in `required`.
    static func pick(
        _ count: Int, of names: [String], keeping required: [String] = [], rng: inout SplitMix64
    ) -> [String] {
        let requiredIndices = names.indices.filter { required.contains(names[$0]) }
        let others = names.indices.filter { !required.contains(names[$0]) }
        let chosen = requiredIndices + rng.sample(others, count: count - requiredIndices.count)
        return chosen.sorted().map { names[$0] }
    }

    private static func addDistricts(to directory: inout AgencyDirectory, rng: inout SplitMix64) {
        var districtIndices: [Int] = []
        for district in CityDistricts.all {
            let places = district.villages.map { "Kelurahan " + $0 }
            let profile = AgencyProfile(
                templateCode: CityDistricts.districtTemplateCode, regionName: regionName, regionHead: regionHead,
                isCilegon: true, places: places)
            let index = directory.add(
                code: CityDistricts.districtCode(district.name), name: "Kecamatan " + district.name,
                shortName: CityShortNames.district(district.name), kind: .kecamatan, profile: profile)
            for name in pick(rng.int(in: 3...5), of: CityDistricts.districtSections, rng: &rng) {
                directory.addDivision(named: name, toAgencyAt: index)
            }
            districtIndices.append(index)
        }
        for (district, districtIndex) in zip(CityDistricts.all, districtIndices) {
            for village in district.villages {
                let profile = AgencyProfile(
                    templateCode: CityDistricts.villageTemplateCode, regionName: regionName, regionHead: regionHead,
                    isCilegon: true, places: ["wilayah RW percontohan di Kelurahan " + village])
                let index = directory.add(
                    code: CityDistricts.villageCode(village), name: "Kelurahan " + village,
                    shortName: CityShortNames.village(village), kind: .kelurahan, parentIndex: districtIndex,
                    profile: profile)
                for name in pick(rng.int(in: 0...2), of: CityDistricts.villageSections, rng: &rng) {
                    directory.addDivision(named: name, toAgencyAt: index)
                }
            }
        }
    }
}
