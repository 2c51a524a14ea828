import Foundation

/// The IID profile and the dated stage history of the demo's innovations: rancang bangun, tujuan,
/// manfaat, hasil, anggaran, urusan beririsan, penetapan for those in penerapan, and the steps
/// inisiatif → uji coba → penerapan on working days, in order.
///
/// Drawn from a stream of its own (one generator per innovation id), so the rest of the demo (titles,
/// stages, main flags, proposals) is what it was before profiles existed.
struct InnovationDetails {
    let directory: AgencyDirectory
    let clock: DemoClock
    let seed: UInt64
    /// Who records stage moves: the demo's reviewers (``StageRule`` lets reviewers advance).
    let recorders: [String]

    private static let sharedAffairs = [
        "kesehatan", "pendidikan", "sosial", "komunikasi dan informatika", "kependudukan dan pencatatan sipil",
        "pemberdayaan masyarakat dan desa", "perhubungan", "lingkungan hidup", "tenaga kerja", "perdagangan",
    ]
    private static let trialNotes = [
        "Uji coba dimulai di lokasi percontohan.", "Uji coba terbatas sesuai rancang bangun.",
        "Uji coba dengan pendampingan tim inovasi daerah.",
    ]
    private static let plainDesign = [
        "Pelaksanaan dipantau setiap bulan oleh tim inovasi perangkat daerah dan dilaporkan kepada Bappedalitbang.",
        "Kegiatan dijalankan dengan sumber daya yang ada dan dievaluasi setiap triwulan.",
        "Tim pelaksana ditetapkan oleh kepala perangkat daerah dan bekerja sama dengan kelurahan setempat.",
    ]
    private static let plainBenefit = [
        "Warga memperoleh layanan lebih cepat dan dekat tanpa biaya tambahan.",
        "Layanan menjadi lebih mudah dijangkau dan datanya lebih tertib untuk perencanaan.",
    ]
    private static let plainResult = [
        "Jumlah warga yang terlayani meningkat dan keluhan menurun sejak uji coba.",
        "Layanan berjalan rutin dan tercatat dalam laporan bulanan perangkat daerah.",
    ]
    private static let implementationNotes = [
        "Diterapkan penuh setelah evaluasi uji coba.", "Hasil uji coba baik; diterapkan di seluruh unit.",
        "Diterapkan dan dilaporkan ke IID.",
    ]

    /// Each innovation with its profile, and every innovation's stage history, oldest step first.
    func complete(_ innovations: [Innovation]) -> (innovations: [Innovation], history: [StageChange]) {
        let themes = Self.themeByTitle
        var history: [StageChange] = []
        history.reserveCapacity(innovations.count * 2)
        let completed = innovations.map { original -> Innovation in
            var rng = SplitMix64(seed: seed, stream: .innovationDetails, index: UInt64(original.id))
            var innovation = original
            let startDay = clock.workday(onOrBefore: clock.dayNumber(of: original.startedOn))
            innovation.startedOn = clock.start(ofDay: startDay)
            let steps = self.steps(of: innovation, rng: &rng)
            if let last = steps.last { innovation.stageChangedOn = last.on }
            innovation.profile = profile(
                of: innovation, theme: themes[innovation.title] ?? Self.theme(prefixing: innovation.title),
                rng: &rng)
            history += steps
            return innovation
        }
        return (completed, history)
    }

    /// Inisiatif on the start, uji coba between it and penerapan, the current stage on its day;
    /// every day a working day, none after today.
    func steps(of innovation: Innovation, rng: inout SplitMix64) -> [StageChange] {
        let start = clock.dayNumber(of: innovation.startedOn)
        let current = max(start, clock.dayNumber(of: innovation.stageChangedOn))
        let recorder = recorders.isEmpty ? nil : rng.element(of: recorders)
        var steps = [
            StageChange(innovationID: innovation.id, stage: .initiative, on: clock.start(ofDay: start), by: recorder)
        ]
        guard innovation.stage != .initiative else { return steps }
        let reached = clock.workday(onOrBefore: current)
        let trialDay: Int
        if innovation.stage == .trial {
            trialDay = max(start, reached)
        } else {
            let between = start + (reached - start) * rng.int(in: 30...70) / 100
            trialDay = max(start, clock.workday(onOrBefore: between))
        }
        steps.append(
            StageChange(
                innovationID: innovation.id, stage: .trial, on: clock.start(ofDay: trialDay), by: recorder,
                note: rng.element(of: Self.trialNotes)))
        if innovation.stage == .implementation {
            steps.append(
                StageChange(
                    innovationID: innovation.id, stage: .implementation, on: clock.start(ofDay: max(trialDay, reached)),
                    by: recorder, note: rng.element(of: Self.implementationNotes)))
        }
        return steps
    }

    private func profile(of innovation: Innovation, theme: InnovationTheme?, rng: inout SplitMix64)
        -> InnovationProfile
    {
        let agencyIndex = Int(innovation.agencyID) - 1
        let agency = directory.agencies[agencyIndex]
        let isDigital = innovation.kind == .digital
        var profile = InnovationProfile(
            budget: ProposalText.budget(isDigital: isDigital, isVillage: agency.kind == .kelurahan, rng: &rng),
            sharedAffairs: rng.sample(
                Self.sharedAffairs.filter { $0 != innovation.affair }, count: rng.weightedIndex([30, 45, 25])))
        guard let theme else {
            // A real innovation or an adopted proposal: its own summary, not a theme's story.
            profile.design = innovation.summary + " " + rng.element(of: Self.plainDesign)
            profile.goal = "Meningkatkan mutu layanan urusan \(innovation.affair) melalui \(innovation.title)."
            profile.benefit = rng.element(of: Self.plainBenefit)
            profile.result = innovation.stage == .initiative ? "" : rng.element(of: Self.plainResult)
            if innovation.stage == .implementation { profile.enactment = enactment(of: innovation, rng: &rng) }
            return profile
        }
        do {
            let context = ProposalTextContext(
                theme: theme, name: innovation.title, agencyName: agency.name, unitName: agency.name,
                place: rng.element(of: directory.profiles[agencyIndex].places),
                isCilegon: directory.profiles[agencyIndex].isCilegon, isDigital: isDigital, rng: &rng)
            let texts = ProposalText.texts(context, fullness: 0.5 + rng.unit() / 2, rng: &rng)
            profile.design = texts.design
            profile.goal = texts.goal
            profile.benefit = texts.benefit
            profile.result = innovation.stage == .initiative ? "" : texts.expectedResult
        }
        if innovation.stage == .implementation {
            profile.enactment = enactment(of: innovation, rng: &rng)
        }
        return profile
    }

    /// The decree that set the innovation in place, dated on a working day before it was applied.
    private func enactment(of innovation: Innovation, rng: inout SplitMix64) -> Enactment {
        let kind = EnactmentKind.allCases[rng.weightedIndex([70, 25, 5])]
        let applied = clock.dayNumber(of: innovation.stageChangedOn)
        let start = clock.dayNumber(of: innovation.startedOn)
        let day = max(start, clock.workday(onOrBefore: applied - rng.int(in: 0...30)))
        let year = CalendarDay(containing: clock.start(ofDay: day), in: clock.zone).year
        let number: String
        switch kind {
        case .headDecree: number = "100.3.3.2/Kep.\(rng.int(in: 10...480))-Huk/\(year)"
        case .headRegulation: number = "\(rng.int(in: 1...60)) Tahun \(year)"
        case .regionalRegulation: number = "\(rng.int(in: 1...15)) Tahun \(year)"
        }
        return Enactment(kind: kind, number: number, on: clock.start(ofDay: day))
    }

    /// Every theme name with its theme, longest first, for titles a place or qualifier was added to.
    private static let namesByLength: [(String, InnovationTheme)] = ThemeCatalog.all
        .flatMap { theme in theme.names.map { ($0.title, theme) } }
        .sorted { $0.0.count > $1.0.count }

    /// The theme of the longest name `title` starts with ("… Terpadu", "… Kelurahan Kotabumi").
    private static func theme(prefixing title: String) -> InnovationTheme? {
        namesByLength.first { title.hasPrefix($0.0 + " ") }?.1
    }

    /// Every theme by each of its innovation names, to write an innovation's texts from its theme.
    private static let themeByTitle: [String: InnovationTheme] = {
        var result: [String: InnovationTheme] = [:]
        for theme in ThemeCatalog.all {
            for name in theme.names where result[name.title] == nil { result[name.title] = theme }
        }
        return result
    }()
}
