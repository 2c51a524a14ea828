import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// `+` (new), `e` (edit) and `r` (resume) on the innovations of an OPD's detail.
@Suite("Innovation form in an OPD's detail")
struct InnovationFormTests {
    func opened(role: Role? = .admin) -> DashboardState {
        var state = DashboardFixtures.state()
        state.context.role = role
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(DetailFixtures.agency()))
        return state
    }

    func type(_ text: String, _ state: inout DashboardState) {
        for character in text { _ = DashboardReducer.reduce(into: &state, action: .form(.typed(character))) }
    }

    func focus(_ id: String, _ state: inout DashboardState) {
        for _ in 0..<30 {
            guard case .innovation(let editor) = state.form, editor.form.focused?.id != id else { return }
            _ = DashboardReducer.reduce(into: &state, action: .form(.nextField))
        }
    }

    func editor(_ state: DashboardState) -> InnovationEditor? {
        if case .innovation(let editor) = state.form { return editor }
        return nil
    }

    @Test("+ opens an empty form of the OPD; saving sends the innovation with its fields")
    func addSends() throws {
        var state = opened()
        #expect(DashboardReducer.reduce(into: &state, action: .innovationAddRequested).isEmpty)
        let opened = try #require(editor(state))
        #expect(opened.isNew)
        #expect(opened.form["started"]?.text == "01/06/2026" || opened.form["started"]?.text.isEmpty == false)
        type("Posyandu Lansia", &state)
        focus("bidang", &state)
        _ = DashboardReducer.reduce(into: &state, action: .form(.down))
        focus("affair", &state)
        type("kesehatan", &state)
        focus("budget", &state)
        type("Rp 1.250.000", &state)
        let effects = DashboardReducer.reduce(into: &state, action: .form(.submit))
        guard case .addInnovation(let innovation) = effects.first else {
            Issue.record("saving adds: \(effects), \(String(describing: editor(state)?.form.errors))")
            return
        }
        #expect(innovation.title == "Posyandu Lansia")
        #expect(innovation.agencyID == DetailFixtures.agency().agency.id)
        #expect(innovation.divisionID == 10)
        #expect(innovation.affair == "kesehatan")
        #expect(innovation.profile.budget == 1_250_000)
        #expect(innovation.stage == .initiative)
    }

    @Test("the form stays open until the store answers: a refusal is shown in it, a save closes it")
    func storeAnswer() {
        var state = opened()
        _ = DashboardReducer.reduce(into: &state, action: .innovationEditRequested)
        let effects = DashboardReducer.reduce(into: &state, action: .form(.submit))
        #expect(effects.count == 1)
        #expect(editor(state) != nil)
        let refusal = Localized(verbatim: "Kolom sharedAffairs terlalu panjang")
        _ = DashboardReducer.reduce(into: &state, action: .innovationRefused(refusal))
        #expect(editor(state)?.form.errors.map(\.message) == [refusal])
        #expect(state.flash?.isError == true)
        _ = DashboardReducer.reduce(into: &state, action: .innovationSaved(Localized(verbatim: "ok")))
        #expect(state.form == nil)
    }

    @Test("the form refuses what the store would: a missing title, a bad amount, half a penetapan")
    func refusesNamingTheField() throws {
        var state = opened()
        _ = DashboardReducer.reduce(into: &state, action: .innovationAddRequested)
        #expect(DashboardReducer.reduce(into: &state, action: .form(.submit)).isEmpty)
        #expect(editor(state)?.form.errors.map(\.field).contains("title") == true)
        type("Judul", &state)
        focus("affair", &state)
        type("kesehatan", &state)
        focus("budget", &state)
        type("12,5", &state)
        #expect(DashboardReducer.reduce(into: &state, action: .form(.submit)).isEmpty)
        #expect(editor(state)?.form.errors.map(\.field) == ["budget"])
        _ = DashboardReducer.reduce(into: &state, action: .form(.clearField))
        focus("enactmentNumber", &state)
        type("12/2026", &state)
        #expect(DashboardReducer.reduce(into: &state, action: .form(.submit)).isEmpty)
        #expect(editor(state)?.form.errors.map(\.field) == ["enactmentKind", "enactmentDate"])
    }

    @Test("a rancang bangun under 300 words asks before saving; the count shows live")
    func thinDesignWarns() throws {
        var state = opened()
        _ = DashboardReducer.reduce(into: &state, action: .innovationEditRequested)
        focus("design", &state)
        type("Warga mendaftar lewat aplikasi.", &state)
        let footer = InnovationEditorView.footer(try #require(editor(state)), .id)
        #expect(footer.first?.text.contains("4 kata") == true)
        #expect(DashboardReducer.reduce(into: &state, action: .form(.submit)).isEmpty)
        guard case .save(let warnings, _) = editor(state)?.form.question else {
            Issue.record("a question with the warning")
            return
        }
        #expect(warnings.first?.message.text(.en).contains("300") == true)
        let effects = DashboardReducer.reduce(into: &state, action: .form(.confirm))
        guard case .editInnovation(let innovation) = effects.first else {
            Issue.record("yes saves the edit: \(effects)")
            return
        }
        #expect(innovation.id == 1)
        #expect(innovation.profile.design == "Warga mendaftar lewat aplikasi.")
        #expect(innovation.isMain)
        #expect(innovation.stage == .trial)
    }

    @Test("e opens the innovation under the cursor with its values; Esc without changes closes")
    func editLoads() throws {
        var state = opened()
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        _ = DashboardReducer.reduce(into: &state, action: .innovationEditRequested)
        let form = try #require(editor(state))
        #expect(form.original?.id == 2)
        #expect(form.form["title"]?.text == "Inovasi nomor 2")
        #expect(form.form["bidang"]?.kind.value == .picks(["Bidang Pelayanan Kesehatan"]))
        #expect(form.innovation == DetailFixtures.agency().innovations[1])
        _ = DashboardReducer.reduce(into: &state, action: .form(.escape))
        _ = DashboardReducer.reduce(into: &state, action: .form(.escape))
        #expect(state.form == nil)
    }

    @Test("read-only, a reviewer or a viewer, and a cursor off the innovations are refused with a flash")
    func refusals() {
        for role in [Role.reviewer, .viewer] {
            var state = opened(role: role)
            for action in [
                DashboardAction.innovationAddRequested, .innovationEditRequested, .innovationResumeRequested,
            ] {
                #expect(DashboardReducer.reduce(into: &state, action: action).isEmpty)
                #expect(state.form == nil)
                #expect(state.flash?.text(.en).contains("Only an admin") == true)
            }
        }
        var readOnly = opened()
        readOnly.context.isReadOnly = true
        #expect(DashboardReducer.reduce(into: &readOnly, action: .innovationAddRequested).isEmpty)
        #expect(readOnly.form == nil && readOnly.flash?.isError == true)
        var onProposal = opened()
        for _ in 0..<2 { _ = DashboardReducer.reduce(into: &onProposal, action: .rowMoved(1)) }
        #expect(DashboardReducer.reduce(into: &onProposal, action: .innovationEditRequested).isEmpty)
        #expect(onProposal.form == nil)
        var pane = DashboardFixtures.state()
        pane.context.role = .admin
        #expect(DashboardReducer.reduce(into: &pane, action: .innovationAddRequested).isEmpty)
        #expect(pane.form == nil)
    }

    @Test("r resumes a stopped innovation only; a running one is refused with a flash")
    func resume() {
        var state = opened()
        #expect(DashboardReducer.reduce(into: &state, action: .innovationResumeRequested).isEmpty)
        #expect(state.flash?.text(.en).contains("not stopped") == true)
        var detail = DetailFixtures.agency()
        detail.innovations[0].profile.stoppedOn = DashboardFixtures.now
        detail.innovations[0].profile.stopReason = "Anggaran habis"
        var stopped = DashboardFixtures.state()
        stopped.context.role = .admin
        _ = DashboardReducer.reduce(into: &stopped, action: .agencyDetailLoaded(detail))
        #expect(DashboardReducer.reduce(into: &stopped, action: .innovationResumeRequested) == [.resumeInnovation(1)])
    }

    @Test("the keys + e r are bound in the OPD detail only")
    func bindings() {
        let keyMap = KeyMap.standard
        #expect(keyMap.action(for: .character("+"), in: .agencyDetail) == .innovationAddRequested)
        #expect(keyMap.action(for: .character("e"), in: .agencyDetail) == .innovationEditRequested)
        #expect(keyMap.action(for: .character("r"), in: .agencyDetail) == .innovationResumeRequested)
        #expect(keyMap.action(for: .character("e"), in: .pane(.progress)) == nil)
        #expect(keyMap.action(for: .character("r"), in: .kiosk) == nil)
    }

    @Test(
        "the form drawn: new at the top, an edit at the rancang bangun with its word count",
        arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)], Language.allCases)
    func snapshots(size: Size, language: Language) {
        var state = DashboardFixtures.state(width: size.width, height: size.height, language: language)
        state.context.role = .admin
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(DetailFixtures.agency()))
        let theme = ResolvedTheme(.builtIn, depth: .none)
        _ = DashboardReducer.reduce(into: &state, action: .innovationAddRequested)
        type("Posyandu Lansia", &state)
        assertSnapshot(
            DashboardView.render(state, theme: theme),
            named: "innovation-form-new-\(size.width)x\(size.height)-\(language.rawValue)")
        state.form = nil
        _ = DashboardReducer.reduce(into: &state, action: .innovationEditRequested)
        focus("design", &state)
        type("Warga mendaftar lewat aplikasi.", &state)
        assertSnapshot(
            DashboardView.render(state, theme: theme),
            named: "innovation-form-edit-\(size.width)x\(size.height)-\(language.rawValue)")
    }
}
