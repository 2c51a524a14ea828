/// Adds agencies of other kabupaten and kota until the national scale's total is reached.
enum NationalAgencyBuilder {
    /// About 500 OPD-like agencies in all, Kota Cilegon's included.
    static let targetAgencyCount = 500

    static func extend(_ directory: inout AgencyDirectory, seed: UInt64, target: Int = targetAgencyCount) {
        var rng = SplitMix64(seed: seed, stream: .nationalAgencies)
        let regions = NationalRegions.all
        let needed = max(0, target - directory.agencies.count)
        guard needed > 0, !regions.isEmpty else { return }
        let templates = CityAgencies.all
        let perRegion = needed / regions.count
        let extra = needed % regions.count
        for (regionIndex, region) in regions.enumerated() {
            let quota = min(templates.count, perRegion + (regionIndex < extra ? 1 : 0))
            let chosen = rng.sample(Array(templates.indices), count: quota).sorted()
            for templateIndex in chosen {
                add(templates[templateIndex], in: region, to: &directory, rng: &rng)
            }
        }
    }

    private static func add(
        _ template: AgencyTemplate, in region: NationalRegions.Region, to directory: inout AgencyDirectory,
        rng: inout SplitMix64
    ) {
        let places = [
            "dua kecamatan percontohan di \(region.fullName)", "beberapa desa dan kelurahan di \(region.fullName)",
            "wilayah ibu kota \(region.fullName)",
        ]
        let profile = AgencyProfile(
            templateCode: template.code, regionName: region.fullName, regionHead: "\(region.headTitle) \(region.name)",
            isCilegon: false, places: places)
        let index = directory.add(
            code: template.nationalCode + "-" + region.codeSuffix, name: template.nationalName + " " + region.fullName,
            shortName: template.shortName + " " + region.fullName, kind: template.kind, profile: profile)
        let count = min(template.divisions.count, rng.int(in: 2...6))
        for name in CityAgencyBuilder.pick(count, of: template.divisions, rng: &rng) {
            directory.addDivision(named: name, toAgencyAt: index)
        }
    }
}
