import Foundation

/// Builds the mentoring calendar: the current and next month (WIB), plus the end of the previous
/// month already done; 2–4 sessions a week on working days (never a national holiday), within
/// office hours and never across the Friday prayer; one busy week of four. Before it, an archive of
/// one or two done sessions a month over two years (``archive()``), for the reporting years.
struct SessionBuilder {
    let directory: AgencyDirectory
    /// Agencies (indices) sessions may serve: Kota Cilegon's.
    let cityAgencies: [Int]
    let innovations: [Innovation]
    let clock: DemoClock
    let seed: UInt64

    static let morning = (start: 9 * 60, end: 12 * 60)
    static let afternoon = (start: 13 * 60, end: 15 * 60 + 30)
    /// Friday mornings end at 11.30, before the Friday prayer.
    static let fridayMorning = (start: 8 * 60 + 30, end: 11 * 60 + 30)
    static let cancelledShare = 0.08

    /// The city's sessions in no particular order, not yet numbered (``SessionDetails`` does it).
    func build() -> [MentoringSession] {
        var rng = SplitMix64(seed: seed, stream: .sessions)
        let (firstDay, lastDay) = Self.span(clock)
        let busyWeek = mondayOnOrBefore(firstWorkday(from: clock.firstDayOfMonth(offsetBy: 0)))
        let weeks = Array(stride(from: mondayOnOrBefore(firstDay), through: lastDay, by: 7))
        var sessions: [MentoringSession] = []
        for (weekIndex, monday) in weeks.enumerated() {
            // Working days only: no national holiday or cuti bersama (``OfficeHours``).
            let days = (monday..<(monday + 5)).filter { $0 >= firstDay && $0 <= lastDay && clock.isWorkday($0) }
            guard !days.isEmpty else { continue }
            let wanted =
                monday == busyWeek
                ? 4 : (monday < clock.firstDayOfMonth(offsetBy: 0) ? rng.int(in: 2...3) : rng.int(in: 2...4))
            for (day, isMorning) in slots(days: days, count: wanted, rng: &rng) {
                let stage = min(4, weekIndex * 5 / max(1, weeks.count))
                sessions.append(session(day: day, morning: isMorning, laboratoryStage: stage, rng: &rng))
            }
        }
        ensureCancelled(&sessions, rng: &rng)
        return sessions
    }

    /// How many months before the calendar the archive of done sessions reaches back.
    static let archiveMonths = 24

    /// The mentoring held before the calendar: one or two sessions a month on working days over the
    /// ``archiveMonths`` before its first day, done (a few cancelled), so each reporting year has its
    /// sessions (issue 12, point 10). Their own stream, so the calendar's draws never shift; the
    /// innovations they name had started by then.
    func archive() -> [MentoringSession] {
        var rng = SplitMix64(seed: seed, stream: .sessionArchive)
        let (firstDay, _) = Self.span(clock)
        var sessions: [MentoringSession] = []
        for offset in -Self.archiveMonths ... -1 {
            let start = clock.firstDayOfMonth(offsetBy: offset)
            let end = min(clock.firstDayOfMonth(offsetBy: offset + 1), firstDay)
            let days = (start..<end).filter { clock.isWorkday($0) }
            guard !days.isEmpty else { continue }
            for (day, isMorning) in slots(days: days, count: rng.int(in: 1...2), rng: &rng) {
                sessions.append(
                    session(
                        day: day, morning: isMorning, laboratoryStage: rng.int(in: 0...4), archived: true, rng: &rng))
            }
        }
        return sessions
    }

    /// The calendar's days: from the 15th of the previous month to the end of the next one.
    static func span(_ clock: DemoClock) -> (first: Int, last: Int) {
        (clock.firstDayOfMonth(offsetBy: -1) + 14, clock.firstDayOfMonth(offsetBy: 2) - 1)
    }

    /// The session's window on `day`: morning (Friday's ends before the prayer) or afternoon.
    static func window(day: Int, morning: Bool, clock: DemoClock) -> (startsAt: Date, endsAt: Date) {
        let friday = clock.weekday(ofDay: day) == 5
        let window = morning ? (friday ? fridayMorning : Self.morning) : afternoon
        return (clock.instant(day: day, minutes: window.start), clock.instant(day: day, minutes: window.end))
    }

    /// Done only once the session has ended; one still running at `now` is still scheduled.
    static func status(endsAt: Date, cancelled: Bool, now: Date) -> SessionStatus {
        cancelled ? .cancelled : (endsAt < now ? .done : .scheduled)
    }

    private func mondayOnOrBefore(_ day: Int) -> Int {
        day - (clock.weekday(ofDay: day) - 1)
    }

    private func firstWorkday(from day: Int) -> Int {
        var current = day
        while !clock.isWorkday(current) { current += 1 }
        return current
    }

    /// `count` distinct (day, morning?) slots, one a day while days last.
    private func slots(days: [Int], count: Int, rng: inout SplitMix64) -> [(Int, Bool)] {
        let chosenDays = rng.sample(days, count: min(count, days.count)).sorted()
        var result = chosenDays.map { ($0, rng.chance(0.6)) }
        for day in rng.sample(chosenDays, count: count - chosenDays.count) {
            if let index = result.firstIndex(where: { $0.0 == day }) {
                result.append((day, !result[index].1))
            }
        }
        return result
    }

    /// A session of the Laboratorium Inovasi's stage `laboratoryStage` (0…4) when it belongs to it.
    private func session(
        day: Int, morning: Bool, laboratoryStage: Int, archived: Bool = false, rng: inout SplitMix64
    ) -> MentoringSession {
        let (startsAt, endsAt) = Self.window(day: day, morning: morning, clock: clock)
        let isLaboratory = rng.chance(0.3)
        let kind = rng.element(of: SessionCorpus.kinds)
        let title = isLaboratory ? SessionCorpus.laboratoryTitle(stage: laboratoryStage) : kind.title
        let institution = isLaboratory ? SessionCorpus.lan : rng.element(of: kind.institutions)
        let agencies = servedAgencies(forRegions: !isLaboratory && kind.forRegions, rng: &rng)
        let mode = SessionMode.allCases[rng.weightedIndex([55, 25, 20])]
        let cancelled = rng.chance(Self.cancelledShare)
        let status = Self.status(endsAt: endsAt, cancelled: cancelled, now: clock.now)
        return MentoringSession(
            title: title, startsAt: startsAt, endsAt: endsAt, location: location(mode, agencies: agencies, rng: &rng),
            mode: mode, speakerName: PeopleCorpus.speaker(&rng), speakerInstitution: institution,
            agencyIDs: agencies.map { directory.agencies[$0].id },
            innovationIDs: servedInnovations(of: agencies, startedBy: archived ? startsAt : nil, rng: &rng),
            status: status,
            notes: SessionCorpus.notes(for: status, rng: &rng),
            labStage: isLaboratory ? LabStage.allCases[laboratoryStage] : nil)
    }

    /// 1–3 kecamatan or kelurahan for regional sessions, else 2–5 OPDs.
    private func servedAgencies(forRegions: Bool, rng: inout SplitMix64) -> [Int] {
        let regional = cityAgencies.filter {
            directory.agencies[$0].kind == .kecamatan || directory.agencies[$0].kind == .kelurahan
        }
        let opds = cityAgencies.filter { !regional.contains($0) }
        let pool = forRegions && !regional.isEmpty ? regional : opds
        let count = forRegions ? rng.int(in: 1...3) : rng.int(in: 2...5)
        return rng.sample(pool, count: count).sorted()
    }

    /// 0–3 innovations of the served OPDs; for the archive, only those started by `startedBy`.
    private func servedInnovations(of agencies: [Int], startedBy: Date?, rng: inout SplitMix64) -> [Int64] {
        let ids = Set(agencies.map { directory.agencies[$0].id })
        let candidates = innovations.filter { innovation in
            ids.contains(innovation.agencyID) && startedBy.map { innovation.startedOn <= $0 } ?? true
        }.map(\.id)
        return rng.sample(candidates, count: rng.int(in: 0...3)).sorted()
    }

    private func location(_ mode: SessionMode, agencies: [Int], rng: inout SplitMix64) -> String {
        switch mode {
        case .online: return rng.element(of: SessionCorpus.onlinePlaces)
        case .hybrid: return rng.element(of: SessionCorpus.hybridPlaces)
        case .offline:
            if let first = agencies.first, let district = districtName(ofAgencyAt: first), rng.chance(0.7) {
                return "Aula Kecamatan " + district
            }
            return rng.element(of: SessionCorpus.offlinePlaces)
        }
    }

    /// The kecamatan an agency is or sits in, if any.
    private func districtName(ofAgencyAt index: Int) -> String? {
        let agency = directory.agencies[index]
        switch agency.kind {
        case .kecamatan: return String(agency.name.dropFirst("Kecamatan ".count))
        case .kelurahan:
            guard let parentID = agency.parentID else { return nil }
            return directory.agencies.first { $0.id == parentID }.map { String($0.name.dropFirst("Kecamatan ".count)) }
        default: return nil
        }
    }

    /// At least one session is cancelled (a future one when there is one), as in real calendars.
    private func ensureCancelled(_ sessions: inout [MentoringSession], rng: inout SplitMix64) {
        guard !sessions.contains(where: { $0.status == .cancelled }), !sessions.isEmpty else { return }
        let future = sessions.indices.filter { sessions[$0].startsAt > clock.now }
        let index = future.isEmpty ? rng.below(sessions.count) : rng.element(of: future)
        sessions[index].status = .cancelled
        sessions[index].notes = rng.element(of: SessionCorpus.cancelledNotes)
    }
}
