import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// A desk that records the changes asked of it and answers with the fixture's lists.
private final class RecordingAdminDesk: AdminDesk, @unchecked Sendable {
    var changes: [AdminChange] = []

    func adminData() throws -> AdminData { AdminViewTests.data }

    func adminAgency(_ id: Int64) throws -> AdminAgency? {
        AdminAgency(agency: DashboardFixtures.agencies[1], divisions: DetailFixtures.agency().divisions)
    }

    func apply(_ change: AdminChange) throws { changes.append(change) }
}

/// The administration view (`M`): OPDs, their bidang and users, admins only.
@Suite("Administration view")
struct AdminViewTests {
    static var data: AdminData {
        var agencies = DashboardFixtures.agencies
        agencies[2].isActive = false
        return AdminData(
            agencies: agencies,
            users: [
                User(name: "rina.h", role: .admin), User(name: "budi.s", role: .reviewer),
                User(name: "op.dinkes", role: .viewer, agencyID: 2),
            ])
    }

    func opened(role: Role? = .admin, size: Size = Size(width: 160, height: 48), language: Language = .id)
        -> DashboardState
    {
        var state = DashboardFixtures.state(width: size.width, height: size.height, language: language)
        state.context.role = role
        _ = DashboardReducer.reduce(into: &state, action: .adminLoaded(Self.data))
        return state
    }

    func type(_ text: String, _ state: inout DashboardState) {
        for character in text { _ = DashboardReducer.reduce(into: &state, action: .form(.typed(character))) }
    }

    func move(to item: DetailItem, _ state: inout DashboardState) {
        for _ in 0..<20 where state.topOverlay?.selectedItem != item {
            _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        }
    }

    @Test("M opens the view for admins only; read-only and the other roles are told why")
    func opensForAdmins() {
        var admin = DashboardFixtures.state()
        admin.context.role = .admin
        #expect(DashboardReducer.reduce(into: &admin, action: .adminRequested) == [.loadAdmin])
        for role in [Role.reviewer, .supervisor, .viewer] {
            var other = DashboardFixtures.state()
            other.context.role = role
            #expect(DashboardReducer.reduce(into: &other, action: .adminRequested).isEmpty)
            #expect(other.flash?.text(.en).contains("admins only") == true)
        }
        var readOnly = DashboardFixtures.state()
        readOnly.context.role = .admin
        readOnly.context.isReadOnly = true
        #expect(DashboardReducer.reduce(into: &readOnly, action: .adminRequested).isEmpty)
        #expect(KeyMap.standard.action(for: .character("M"), in: .pane(.queue)) == .adminRequested)
        #expect(KeyMap.standard.action(for: .character("M"), in: .kiosk) == nil)
        let view = opened()
        #expect(KeyMap.context(of: view) == .admin)
        #expect(view.topOverlay?.selectedItem == .agency(1))
    }

    @Test("on an OPD: + adds one, e edits its name, A deactivates or activates it, Enter reads its bidang")
    func agencyKeys() {
        var state = opened()
        _ = DashboardReducer.reduce(into: &state, action: .adminAddRequested)
        type("DISKOMINFO", &state)
        _ = DashboardReducer.reduce(into: &state, action: .form(.nextField))
        type("Dinas Komunikasi dan Informatika", &state)
        let added = DashboardReducer.reduce(into: &state, action: .form(.submit))
        guard case .changeAdmin(.addAgency(let agency)) = added.first else {
            Issue.record("a new OPD: \(added)")
            return
        }
        #expect(agency.code == "DISKOMINFO" && agency.name == "Dinas Komunikasi dan Informatika")
        move(to: .agency(2), &state)
        _ = DashboardReducer.reduce(into: &state, action: .adminEditRequested)
        _ = DashboardReducer.reduce(into: &state, action: .form(.clearField))
        type("Dinas Kesehatan Kota", &state)
        let edited = DashboardReducer.reduce(into: &state, action: .form(.submit))
        guard case .changeAdmin(.editAgency(let changed)) = edited.first else {
            Issue.record("the OPD edited: \(edited)")
            return
        }
        #expect(changed.id == 2 && changed.name == "Dinas Kesehatan Kota" && changed.code == "DINKES")
        #expect(
            DashboardReducer.reduce(into: &state, action: .adminActiveToggled) == [.changeAdmin(.setActive(2, false))])
        move(to: .agency(3), &state)
        #expect(
            DashboardReducer.reduce(into: &state, action: .adminActiveToggled) == [.changeAdmin(.setActive(3, true))])
        #expect(DashboardReducer.reduce(into: &state, action: .adminOpened) == [.loadAdminAgency(3)])
    }

    @Test("on a user: + adds one with a role and an OPD, e changes the role")
    func userKeys() {
        var state = opened()
        move(to: .user("budi.s"), &state)
        _ = DashboardReducer.reduce(into: &state, action: .adminEditRequested)
        _ = DashboardReducer.reduce(into: &state, action: .form(.right))
        #expect(
            DashboardReducer.reduce(into: &state, action: .form(.submit)) == [
                .changeAdmin(.setRole("budi.s", .supervisor))
            ])
        _ = DashboardReducer.reduce(into: &state, action: .adminAddRequested)
        type("sari.k", &state)
        _ = DashboardReducer.reduce(into: &state, action: .form(.nextField))
        _ = DashboardReducer.reduce(into: &state, action: .form(.left))
        _ = DashboardReducer.reduce(into: &state, action: .form(.nextField))
        type("dinkes", &state)
        let added = DashboardReducer.reduce(into: &state, action: .form(.submit))
        #expect(added == [.changeAdmin(.addUser(User(name: "sari.k", role: .supervisor, agencyID: 2)))])
    }

    @Test("an OPD's bidang: + adds, e renames, D removes after a question")
    func divisionKeys() {
        var state = opened()
        let detail = AdminAgency(agency: DashboardFixtures.agencies[1], divisions: DetailFixtures.agency().divisions)
        _ = DashboardReducer.reduce(into: &state, action: .adminAgencyLoaded(detail))
        #expect(KeyMap.context(of: state) == .admin)
        #expect(state.topOverlay?.selectedItem == .division(10))
        _ = DashboardReducer.reduce(into: &state, action: .adminAddRequested)
        type("Bidang Kesehatan Masyarakat", &state)
        #expect(
            DashboardReducer.reduce(into: &state, action: .form(.submit)) == [
                .changeAdmin(.addDivision(Division(agencyID: 2, name: "Bidang Kesehatan Masyarakat")))
            ])
        _ = DashboardReducer.reduce(into: &state, action: .adminEditRequested)
        _ = DashboardReducer.reduce(into: &state, action: .form(.clearField))
        type("Bidang Yankes", &state)
        #expect(
            DashboardReducer.reduce(into: &state, action: .form(.submit)) == [
                .changeAdmin(.renameDivision(10, to: "Bidang Yankes"))
            ])
        _ = DashboardReducer.reduce(into: &state, action: .adminRemoveRequested)
        #expect(DashboardReducer.reduce(into: &state, action: .form(.submit)).isEmpty)
        #expect(state.form?.model.question != nil)
        #expect(DashboardReducer.reduce(into: &state, action: .form(.confirm)) == [.changeAdmin(.removeDivision(10))])
    }

    @Test("a required field left empty stays in the form, naming it")
    func required() {
        var state = opened()
        _ = DashboardReducer.reduce(into: &state, action: .adminAddRequested)
        #expect(DashboardReducer.reduce(into: &state, action: .form(.submit)).isEmpty)
        #expect(state.form?.model.errors.map(\.field) == ["code", "name"])
    }

    @Test("through the runtime: the desk applies the change, the flash says so, the view reads again")
    func runtime() {
        let desk = RecordingAdminDesk()
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48))
        let catalog = ThemeCatalog(folders: [])
        var state = DashboardFixtures.state()
        state.context.role = .admin
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), admin: desk, state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        runtime.handle(.key(.character("M")))
        #expect(terminal.lastCanvas?.text().contains("Administrasi") == true)
        runtime.handle(.key(.character("j")))
        runtime.handle(.key(.character("A")))
        #expect(desk.changes == [.setActive(2, false)])
        #expect(runtime.state.flash?.text(.id).contains("dinonaktifkan") == true)
    }

    @Test(
        "the view and an OPD's bidang, drawn", arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)],
        Language.allCases)
    func snapshots(size: Size, language: Language) {
        var state = opened(size: size, language: language)
        let theme = ResolvedTheme(.builtIn, depth: .none)
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        assertSnapshot(
            DashboardView.render(state, theme: theme), named: "admin-\(size.width)x\(size.height)-\(language.rawValue)")
        let detail = AdminAgency(agency: DashboardFixtures.agencies[1], divisions: DetailFixtures.agency().divisions)
        _ = DashboardReducer.reduce(into: &state, action: .adminAgencyLoaded(detail))
        _ = DashboardReducer.reduce(into: &state, action: .adminRemoveRequested)
        _ = DashboardReducer.reduce(into: &state, action: .form(.submit))
        assertSnapshot(
            DashboardView.render(state, theme: theme),
            named: "admin-bidang-\(size.width)x\(size.height)-\(language.rawValue)")
    }
}
