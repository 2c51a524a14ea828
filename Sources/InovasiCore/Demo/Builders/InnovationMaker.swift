import Foundation

/// Makes one plausible innovation for an agency (or one of its bidang), never repeating a title
/// within a scope.
struct InnovationMaker {
    let directory: AgencyDirectory
    let clock: DemoClock
    /// For each agency index, the themes it may run.
    let themeIndices: [[Int]]
    private var usedTitles: Set<String> = []

    /// Weights in `InitiatorKind.allCases` order: kepala daerah, DPRD, ASN, perangkat daerah, masyarakat.
    private static let initiatorWeights = [8, 6, 34, 44, 8]
    private static let qualifiers = ["Terpadu", "Plus", "Berbasis Kelurahan", "Ramah Disabilitas", "Terintegrasi"]

    init(directory: AgencyDirectory, clock: DemoClock) {
        self.directory = directory
        self.clock = clock
        themeIndices = directory.profiles.map { ThemeCatalog.themeIndices(forTemplate: $0.templateCode) }
    }

    /// Marks a title as taken within `scope` (an agency code, or "" for the whole city).
    mutating func reserve(_ title: String, scope: String) {
        usedTitles.insert(scope + "|" + title)
    }

    /// A new innovation (id 0) of the agency at `agencyIndex`.
    mutating func make(
        agencyIndex: Int, divisionIndex: Int?, isMain: Bool, scope: String, rng: inout SplitMix64
    ) -> Innovation {
        let theme = ThemeCatalog.all[rng.element(of: themeIndices[agencyIndex])]
        let (title, isDigital) = freshTitle(theme: theme, agencyIndex: agencyIndex, scope: scope, rng: &rng)
        let stage = Stage.allCases[rng.weightedIndex(isMain ? [15, 30, 55] : [35, 30, 35])]
        let startDay = clock.today - rng.int(in: 45...2_200)
        let changeDay =
            stage == .initiative ? startDay : startDay + (clock.today - startDay) * rng.int(in: 20...90) / 100
        let initiator = InitiatorKind.allCases[rng.weightedIndex(Self.initiatorWeights)]
        return Innovation(
            title: title, agencyID: directory.agencies[agencyIndex].id,
            divisionID: divisionIndex.map { directory.divisions[$0].id }, form: theme.form,
            kind: isDigital ? .digital : .nonDigital, stage: stage, initiatorKind: initiator,
            initiatorName: InitiatorNames.name(
                initiator, agency: directory.agencies[agencyIndex], profile: directory.profiles[agencyIndex],
                divisionName: divisionIndex.map { directory.divisions[$0].name }, rng: &rng),
            affair: theme.affair, isMain: isMain, summary: theme.summary, startedOn: clock.start(ofDay: startDay),
            stageChangedOn: clock.start(ofDay: changeDay))
    }

    private mutating func freshTitle(
        theme: InnovationTheme, agencyIndex: Int, scope: String, rng: inout SplitMix64
    ) -> (String, Bool) {
        let names = rng.sample(theme.names, count: theme.names.count)
        for name in names where !usedTitles.contains(scope + "|" + name.title) {
            reserve(name.title, scope: scope)
            return (name.title, name.isDigital)
        }
        let agency = directory.agencies[agencyIndex]
        for name in names {
            for candidate in qualifiedTitles(name.title, agency: agency)
            where !usedTitles.contains(scope + "|" + candidate) {
                reserve(candidate, scope: scope)
                return (candidate, name.isDigital)
            }
        }
        var round = 2
        while usedTitles.contains(scope + "|" + "\(names[0].title) Tahap \(round)") { round += 1 }
        let title = "\(names[0].title) Tahap \(round)"
        reserve(title, scope: scope)
        return (title, names[0].isDigital)
    }

    /// Variants of a name that read naturally: the place for a kecamatan or kelurahan, else a qualifier.
    private func qualifiedTitles(_ name: String, agency: Agency) -> [String] {
        if agency.kind == .kecamatan || agency.kind == .kelurahan {
            return [name + " " + agency.name]
        }
        if name.contains("(") { return [] }
        return Self.qualifiers.filter { !name.contains($0) }.map { name + " " + $0 }
    }
}
