import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// A desk that records the calls and answers as the store would.
private final class RecordingProposalDesk: ProposalDesk, @unchecked Sendable {
    var calls: [String] = []
    var added: Proposal?

    func agencies() throws -> [Agency] { Array(DashboardFixtures.agencies.prefix(3)) }

    func divisions() throws -> [Division] {
        [
            Division(id: 4, agencyID: 2, name: "Bidang Pelayanan Kesehatan"),
            Division(id: 5, agencyID: 1, name: "Bidang X"),
        ]
    }

    func proposal(_ id: Int64) throws -> Proposal {
        var proposal = ProposalFormTests.stored
        proposal.id = id
        return proposal
    }

    func add(_ proposal: Proposal) throws -> Proposal {
        calls.append("add \(proposal.title)")
        var saved = proposal
        saved.id = 121
        added = saved
        return saved
    }

    func edit(_ proposal: Proposal, expectedVersion: Int64) throws -> Proposal {
        calls.append("edit \(proposal.id) v\(expectedVersion) \(proposal.budget)")
        return proposal
    }
}

/// The queue's `+` and `e`: who may, the form on the kit, and what it sends to the desk.
@Suite("Proposal form in the queue")
struct ProposalFormTests {
    static let stored = Proposal(
        id: 7, title: "Antar Obat Lansia", agencyID: 2, initiatorKind: .agency, initiatorName: "Dinas Kesehatan",
        form: .publicService, kind: .digital, affair: "kesehatan", design: "Obat diantar kader.",
        goal: "Lansia tidak antre.", benefit: "Waktu tunggu berkurang.", expectedResult: "500 lansia terlayani.",
        budget: 1_250_000, submittedAt: DashboardFixtures.now, version: 3)

    func queue(role: Role?) -> DashboardState {
        var state = DashboardFixtures.state()
        state.context.role = role
        state.focus = .queue
        let items = DashboardFixtures.queueItems(count: 6)
        _ = DashboardReducer.reduce(into: &state, action: .queueLoaded(QueuePage(offset: 0, items: items, total: 6)))
        return state
    }

    @Test("+ and e are for admins and operators; others are told why")
    func whoMay() {
        var admin = queue(role: .admin)
        #expect(DashboardReducer.reduce(into: &admin, action: .proposalNewRequested) == [.openProposalForm(nil)])
        var operatorState = queue(role: .operator)
        #expect(
            DashboardReducer.reduce(into: &operatorState, action: .proposalNewRequested) == [.openProposalForm(nil)])
        _ = DashboardReducer.reduce(into: &operatorState, action: .rowMoved(1))
        #expect(DashboardReducer.reduce(into: &operatorState, action: .proposalEditRequested) == [.openProposalForm(2)])
        for role in [Role.reviewer, .supervisor, .viewer] {
            var state = queue(role: role)
            #expect(DashboardReducer.reduce(into: &state, action: .proposalNewRequested).isEmpty)
            #expect(state.flash?.isError == true)
            #expect(state.flash?.text(.en).contains("may not enter proposals") == true)
        }
        var inReview = queue(role: .admin)
        #expect(DashboardReducer.reduce(into: &inReview, action: .proposalEditRequested).isEmpty, "#1 is in review")
        #expect(inReview.flash?.text(.en).contains("can be edited only while") == true)
        var readOnly = queue(role: .admin)
        readOnly.context.isReadOnly = true
        #expect(DashboardReducer.reduce(into: &readOnly, action: .proposalNewRequested).isEmpty)
        #expect(readOnly.flash?.isError == true)
        let keys = KeyMap.standard
        #expect(keys.action(for: .character("+"), in: .pane(.queue)) == .proposalNewRequested)
        #expect(keys.action(for: .character("e"), in: .pane(.queue)) == .proposalEditRequested)
        #expect(keys.action(for: .character("e"), in: .proposalDetail) == .proposalEditRequested)
    }

    @Test("the edit form starts from the proposal and sends it back against its version")
    func editForm() {
        var state = queue(role: .admin)
        let seed = ProposalFormSeed(agencies: DashboardFixtures.agencies, proposal: Self.stored)
        _ = DashboardReducer.reduce(into: &state, action: .proposalFormReady(seed))
        guard case .proposal(let form) = state.form else {
            Issue.record("the proposal form is open")
            return
        }
        #expect(form.agency?.code == "DINKES")
        #expect(form.form["budget"]?.text == "1.250.000")
        #expect(form.form["design"].map { if case .multiline = $0.kind { true } else { false } } == true)
        let budget = form.form.fields.firstIndex { $0.id == "budget" } ?? 0
        for _ in 0..<budget { _ = DashboardReducer.reduce(into: &state, action: .form(.nextField)) }
        _ = DashboardReducer.reduce(into: &state, action: .form(.clearField))
        for character in "Rp 2.500.000" { _ = DashboardReducer.reduce(into: &state, action: .form(.typed(character))) }
        let effects = DashboardReducer.reduce(into: &state, action: .form(.submit))
        var expected = Self.stored
        expected.budget = 2_500_000
        #expect(effects == [.saveProposal(expected, expectedVersion: 3)])
    }

    @Test("through the runtime: + opens the form, a complete one is added and the queue reloads")
    func runtimeAdds() {
        let desk = RecordingProposalDesk()
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48))
        let catalog = ThemeCatalog(folders: [])
        var state = DashboardFixtures.state()
        state.context.role = .admin
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), proposals: desk, state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        runtime.handle(.key(.character("3")))
        runtime.handle(.key(.character("+")))
        guard case .proposal = runtime.state.form else {
            Issue.record("+ opens the proposal form")
            return
        }
        assertSnapshot(terminal.lastCanvas ?? Canvas(size: Size(width: 1, height: 1)), named: "proposal-form-160x48")
        let typed: [(String, String)] = [
            ("title", "Posyandu Digital"), ("opd", "DINKES"), ("affair", "kesehatan"), ("design", "Rancang."),
            ("goal", "Tujuan."), ("benefit", "Manfaat."), ("result", "Hasil."), ("budget", "Rp 1.250.000"),
        ]
        for (field, text) in typed {
            guard case .proposal(let form) = runtime.state.form,
                let index = form.form.fields.firstIndex(where: { $0.id == field })
            else { continue }
            while runtime.state.form?.model.focus != index { runtime.send(.form(.nextField)) }
            for character in text { runtime.send(.form(.typed(character))) }
        }
        runtime.send(.form(.submit))
        #expect(desk.calls == ["add Posyandu Digital"])
        #expect(desk.added?.budget == 1_250_000 && desk.added?.agencyID == 2 && desk.added?.round == 1)
        #expect(runtime.state.form == nil)
        #expect(runtime.state.flash?.text(.id).contains("#121") == true)
    }

    @Test("a resubmitted proposal's detail shows each round's scores under its own heading")
    func roundsInTheDetail() {
        var detail = DetailFixtures.longProposal()
        detail.proposal.round = 2
        let values = Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, 2) })
        detail.scores = [
            ReviewScore(proposalID: 42, reviewer: "budi.s", values: values, scoredAt: DashboardFixtures.now, round: 1)
        ]
        let state = DashboardFixtures.state()
        let text = ProposalDocument.lines(detail, state: state, width: 100).map(\.plainText)
        #expect(text.contains { $0.contains("Penilaian · putaran 1") })
        #expect(text.contains { $0.contains("Penilaian · putaran 2 (sekarang)") })
        let second = text.firstIndex { $0.contains("putaran 2") } ?? 0
        #expect(text.dropFirst(second).contains { $0.contains(LabelText.noScores.text(.id)) })
    }

    @Test("the bidang choice offers the picked OPD's bidang, keeps the proposal's, and follows a new OPD")
    func bidang() throws {
        var stored = Self.stored
        stored.divisionID = 4
        let divisions = [
            Division(id: 4, agencyID: 2, name: "Bidang Pelayanan Kesehatan"),
            Division(id: 5, agencyID: 2, name: "Bidang P2P"), Division(id: 6, agencyID: 1, name: "Bidang Riset"),
        ]
        var form = ProposalForm(
            ProposalFormSeed(agencies: DashboardFixtures.agencies, divisions: divisions, proposal: stored),
            zone: DashboardFixtures.zone)
        #expect(form.divisionID == 4)
        guard case .choice(let names, _) = form.form["bidang"]?.kind else {
            Issue.record("the bidang is a choice")
            return
        }
        #expect(names.map { $0.text(.id) } == ["(tanpa bidang)", "Bidang Pelayanan Kesehatan", "Bidang P2P"])
        #expect(!form.form.hasChanges)
        let opd = try #require(form.form.fields.firstIndex { $0.id == "opd" })
        guard case .pick(var list) = form.form.fields[opd].kind else { return }
        list.cursor = 0
        form.form.fields[opd].kind = .pick(list)
        form.showDivisions()
        #expect(form.agency?.id == 1 && form.divisionID == nil)
        #expect(form.proposal(now: DashboardFixtures.now, zone: DashboardFixtures.zone)?.divisionID == nil)
    }
}
