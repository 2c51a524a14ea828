import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The audit view: `H` (admins and supervisors), a record's trail from its detail, pages, the
/// filter form, one entry with before and after; snapshots at 80×24 and 160×48.
@Suite("Audit view")
struct AuditViewTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    static func entries(_ count: Int, from first: Int64 = 1) -> [AuditEntry] {
        (0..<Int64(count)).map { index in
            let id = first + index
            return AuditEntry(
                id: 1_000 - id, at: DashboardFixtures.now.addingTimeInterval(Double(-id) * 3_600), user: "admin.kota",
                action: id % 2 == 0 ? "innovation.stage" : "innovation.edit", entity: "innovation", entityID: 7,
                before: #"{"title":"Posyandu","stage":"trial"}"#,
                after: #"{"title":"Posyandu Lansia","stage":"trial"}"#,
                note: id == 1 ? "judul diperbaiki" : "")
        }
    }

    static func page(offset: Int = 0, total: Int = 250, query: AuditQuery = AuditQuery()) -> AuditPage {
        AuditPage(query: query, offset: offset, entries: entries(min(AuditPage.size, total - offset)), total: total)
    }

    func state(role: Role? = .admin, size: Size = Size(width: 160, height: 48), language: Language = .id)
        -> DashboardState
    {
        var state = DashboardFixtures.state(width: size.width, height: size.height, language: language)
        state.context.role = role
        return state
    }

    @Test("H reads the first page for admins and supervisors; the others are told why not")
    func opensForAdminsAndSupervisors() {
        for role in [Role.admin, .supervisor] {
            var allowed = state(role: role)
            #expect(
                DashboardReducer.reduce(into: &allowed, action: .auditRequested) == [
                    .loadAudit(AuditQuery(), offset: 0)
                ])
        }
        for role in [Role.reviewer, .viewer] {
            var refused = state(role: role)
            #expect(DashboardReducer.reduce(into: &refused, action: .auditRequested).isEmpty)
            #expect(refused.flash?.isError == true)
            #expect(refused.flash?.text(.en).contains("admins and supervisors") == true)
        }
        #expect(KeyMap.standard.action(for: .character("H"), in: .pane(.progress)) == .auditRequested)
        #expect(KeyMap.standard.action(for: .character("H"), in: .kiosk) == nil)
        #expect(KeyMap.standard.action(for: .character("H"), in: .agencyDetail) == .recordTrailRequested)
        #expect(KeyMap.standard.action(for: .character("H"), in: .proposalDetail) == .recordTrailRequested)
    }

    @Test("H in an OPD's detail shows the trail of the innovation or proposal under the cursor, else the OPD's")
    func recordTrail() {
        var detail = state()
        _ = DashboardReducer.reduce(into: &detail, action: .agencyDetailLoaded(DetailFixtures.agency()))
        #expect(
            DashboardReducer.reduce(into: &detail, action: .recordTrailRequested) == [
                .loadAudit(AuditQuery(entity: "innovation", entityID: 1), offset: 0)
            ])
        for _ in 0..<2 { _ = DashboardReducer.reduce(into: &detail, action: .rowMoved(1)) }
        #expect(
            DashboardReducer.reduce(into: &detail, action: .recordTrailRequested) == [
                .loadAudit(AuditQuery(entity: "proposal", entityID: 42), offset: 0)
            ])
        for _ in 0..<2 { _ = DashboardReducer.reduce(into: &detail, action: .rowMoved(1)) }
        #expect(
            DashboardReducer.reduce(into: &detail, action: .recordTrailRequested) == [
                .loadAudit(AuditQuery(entity: "division", entityID: 10), offset: 0)
            ])
        var proposal = state(role: .supervisor)
        _ = DashboardReducer.reduce(into: &proposal, action: .proposalDetailLoaded(DetailFixtures.longProposal()))
        #expect(
            DashboardReducer.reduce(into: &proposal, action: .recordTrailRequested) == [
                .loadAudit(AuditQuery(entity: "proposal", entityID: 42), offset: 0)
            ])
    }

    @Test("a page shows newest first; ] and [ read the next window; past either end a flash")
    func paging() {
        var view = state()
        _ = DashboardReducer.reduce(into: &view, action: .auditLoaded(Self.page()))
        #expect(KeyMap.context(of: view) == .audit)
        #expect(view.topOverlay?.selectedItem == .historyEntry(999))
        #expect(DashboardReducer.reduce(into: &view, action: .auditPageMoved(-1)).isEmpty)
        #expect(view.flash?.isError == true)
        #expect(
            DashboardReducer.reduce(into: &view, action: .auditPageMoved(1)) == [.loadAudit(AuditQuery(), offset: 100)])
        _ = DashboardReducer.reduce(into: &view, action: .auditLoaded(Self.page(offset: 200)))
        #expect(view.overlays.count == 1)
        #expect(DashboardReducer.reduce(into: &view, action: .auditPageMoved(1)).isEmpty)
        #expect(
            DashboardReducer.reduce(into: &view, action: .auditPageMoved(-1)) == [.loadAudit(AuditQuery(), offset: 100)]
        )
    }

    @Test("Enter opens the entry under the cursor with its before and after; Esc returns to the page")
    func entry() throws {
        var view = state()
        _ = DashboardReducer.reduce(into: &view, action: .auditLoaded(Self.page()))
        _ = DashboardReducer.reduce(into: &view, action: .auditEntryOpened)
        guard case .auditEntry(let entry) = view.topOverlay?.kind else {
            Issue.record("the entry is on top")
            return
        }
        #expect(entry.id == 999)
        let lines = AuditDocument.entryLines(entry, state: view, width: 100).map(\.plainText)
        #expect(lines.contains { $0.contains("title: Posyandu Lansia") })
        #expect(lines.contains { $0.contains("title: Posyandu") && !$0.contains("Lansia") })
        #expect(lines.contains { $0.contains("judul diperbaiki") })
        _ = DashboardReducer.reduce(into: &view, action: .closed)
        if case .audit = view.topOverlay?.kind {} else { Issue.record("Esc goes back to the page") }
        _ = DashboardReducer.reduce(into: &view, action: .auditEntryOpened)
        #expect(DashboardReducer.reduce(into: &view, action: .auditRequested) == [.loadAudit(AuditQuery(), offset: 0)])
        if case .audit = view.topOverlay?.kind {} else { Issue.record("H again shows the list, not the entry") }
    }

    @Test("f narrows the trail by kind, user and text through a form")
    func filter() {
        var view = state()
        _ = DashboardReducer.reduce(into: &view, action: .auditLoaded(Self.page()))
        _ = DashboardReducer.reduce(into: &view, action: .auditFilterRequested)
        guard case .auditFilter = view.form else {
            Issue.record("the filter form is open")
            return
        }
        for _ in 0..<2 { _ = DashboardReducer.reduce(into: &view, action: .form(.right)) }
        _ = DashboardReducer.reduce(into: &view, action: .form(.nextField))
        for character in "admin.kota" { _ = DashboardReducer.reduce(into: &view, action: .form(.typed(character))) }
        _ = DashboardReducer.reduce(into: &view, action: .form(.nextField))
        for character in "judul" { _ = DashboardReducer.reduce(into: &view, action: .form(.typed(character))) }
        let effects = DashboardReducer.reduce(into: &view, action: .form(.submit))
        #expect(effects == [.loadAudit(AuditQuery(entity: "innovation", user: "admin.kota", text: "judul"), offset: 0)])
        #expect(view.form == nil)
    }

    @Test("the audit view and one entry, drawn", arguments: sizes, Language.allCases)
    func snapshots(size: Size, language: Language) {
        var view = state(size: size, language: language)
        let query = AuditQuery(entity: "innovation", entityID: 7)
        _ = DashboardReducer.reduce(into: &view, action: .auditLoaded(Self.page(total: 250, query: query)))
        _ = DashboardReducer.reduce(into: &view, action: .rowMoved(1))
        let theme = ResolvedTheme(.builtIn, depth: .none)
        let name = "audit-\(size.width)x\(size.height)-\(language.rawValue)"
        assertSnapshot(DashboardView.render(view, theme: theme), named: name)
        _ = DashboardReducer.reduce(into: &view, action: .rowMoved(-1))
        _ = DashboardReducer.reduce(into: &view, action: .auditEntryOpened)
        assertSnapshot(
            DashboardView.render(view, theme: theme),
            named: "audit-entry-\(size.width)x\(size.height)-\(language.rawValue)")
    }
}
