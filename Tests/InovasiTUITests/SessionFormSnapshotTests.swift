import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// A session desk over the calendar fixtures: records the saves and answers as the store would.
final class FakeSessionDesk: SessionDesk, @unchecked Sendable {
    var sessions = CalendarViewFixtures.sessions
    var calls: [String] = []
    var refusal: String?

    func sessionAgencies() throws -> [Agency] { DashboardFixtures.agencies }
    func sessionInnovations() throws -> [Innovation] { SessionFormTests.innovations }
    func speakerInstitutions() throws -> [String] { ["BRIN", "Universitas Sultan Ageng Tirtayasa"] }

    func session(_ id: Int64) throws -> MentoringSession {
        guard let found = sessions.first(where: { $0.id == id }) else { throw SessionChanged(id: id) }
        return found
    }

    func sessionsOverlapping(_ session: MentoringSession) throws -> [MentoringSession] {
        sessions.filter { $0.status != .cancelled && $0.startsAt < session.endsAt && session.startsAt < $0.endsAt }
    }

    func refuseIfTold() throws {
        if let refusal { throw DashboardFakeDesk.Refusal(text: refusal) }
    }

    func addSession(_ session: MentoringSession) throws -> MentoringSession {
        try refuseIfTold()
        var saved = session
        saved.id = 41
        saved.uid = "uid-41"
        sessions.append(saved)
        calls.append("add \(saved.title)")
        return saved
    }

    func editSession(_ session: MentoringSession, original: MentoringSession) throws -> MentoringSession {
        try refuseIfTold()
        var saved = session
        saved.sequence = original.sequence + 1
        sessions = sessions.map { $0.id == saved.id ? saved : $0 }
        calls.append("edit \(saved.id) seq \(saved.sequence)")
        return saved
    }

    func cancelSession(_ original: MentoringSession, reason: String) throws -> MentoringSession {
        try refuseIfTold()
        var saved = original
        saved.status = .cancelled
        calls.append("cancel \(saved.id) \(reason)")
        return saved
    }

    func markSessionDone(_ original: MentoringSession, attended: [Int64], followUp: String) throws
        -> MentoringSession
    {
        try refuseIfTold()
        var saved = original
        saved.status = .done
        saved.attendedAgencyIDs = attended
        calls.append("done \(saved.id) \(attended)")
        return saved
    }
}

/// The session forms as drawn, at the smallest and a large terminal, in both languages, and the
/// whole walk through the runtime.
@Suite("Session form snapshots")
struct SessionFormSnapshotTests {
    func runtime(_ size: Size, _ language: Language, desk: FakeSessionDesk = FakeSessionDesk())
        -> DashboardRuntime<MemoryTerminal>
    {
        let terminal = MemoryTerminal(size: size, colorDepth: .none)
        let catalog = ThemeCatalog(folders: [])
        var context = DashboardFixtures.context()
        context.role = .admin
        let state = DashboardState(
            context: context, language: language, size: size, now: DashboardFixtures.now, themeName: "default")
        let data = CalendarViewFixtures.data()
        let runtime = DashboardRuntime(
            backend: terminal, data: data, sessions: desk, state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        runtime.handle(.key(.character("2")))
        return runtime
    }

    func canvas(_ runtime: DashboardRuntime<MemoryTerminal>) -> Canvas {
        runtime.backend.lastCanvas ?? Canvas(size: Size(width: 1, height: 1))
    }

    @Test("the new-session form at 80×24 and 160×48, in Indonesian and English", arguments: [Language.id, .en])
    func newForm(language: Language) {
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 48)] {
            let runtime = runtime(size, language)
            runtime.handle(.key(.character("+")))
            guard case .session = runtime.state.form else {
                Issue.record("+ opens the session form")
                return
            }
            assertSnapshot(canvas(runtime), named: "session-form-\(size.width)x\(size.height)-\(language)")
        }
    }

    @Test("the cancel and done forms on the week's session", arguments: [Language.id, .en])
    func closeForms(language: Language) {
        for key in ["c", "x"] {
            let runtime = runtime(Size(width: 80, height: 24), language)
            // `x` on the first session (08.00, done: a correction); the next one, at 10.10, has not started.
            for name in key == "c" ? ["w", "j", key] : ["w", key] { runtime.handle(.key(.character(Character(name)))) }
            guard case .sessionClose = runtime.state.form else {
                Issue.record("\(key) opens its form")
                return
            }
            let name = key == "c" ? "cancel" : "done"
            assertSnapshot(canvas(runtime), named: "session-\(name)-form-80x24-\(language)")
        }
    }

    @Test("through the runtime: + then a complete form adds the session, the week's cursor lands on it")
    func runtimeAdds() {
        let desk = FakeSessionDesk()
        let runtime = runtime(Size(width: 160, height: 48), .id, desk: desk)
        runtime.handle(.key(.character("w")))
        runtime.handle(.key(.character("l")))
        runtime.handle(.key(.character("+")))
        for (field, text) in [
            ("title", "Klinik Proposal"), ("place", "Aula"), ("speaker", "Ir. Rina"), ("institution", "BRIN"),
        ] {
            guard let index = runtime.state.form?.model.fields.firstIndex(where: { $0.id == field }) else { continue }
            while runtime.state.form?.model.focus != index { runtime.send(.form(.nextField)) }
            for character in text { runtime.send(.form(.typed(character))) }
        }
        runtime.send(.form(.submit))
        #expect(desk.calls == ["add Klinik Proposal"])
        #expect(runtime.state.form == nil)
        #expect(runtime.state.flash?.text(.id) == "Sesi #41 «Klinik Proposal» dijadwalkan.")
    }

    @Test("a clash only the store knows (added elsewhere after the form opened) is asked about before saving")
    func storeClashAsks() {
        let desk = FakeSessionDesk()
        let runtime = runtime(Size(width: 160, height: 48), .en, desk: desk)
        runtime.handle(.key(.character("l")))
        runtime.handle(.key(.character("+")))
        for (field, text) in [("title", "Klinik"), ("place", "Aula"), ("speaker", "Ir. Rina"), ("institution", "BRIN")]
        {
            guard let index = runtime.state.form?.model.fields.firstIndex(where: { $0.id == field }) else { continue }
            while runtime.state.form?.model.focus != index { runtime.send(.form(.nextField)) }
            for character in text { runtime.send(.form(.typed(character))) }
        }
        var elsewhere = CalendarViewFixtures.session(
            99, day: 8, hour: 10, title: "Rapat dari terminal lain", institution: "BRIN")
        elsewhere.speakerName = "Ir. Rina"
        desk.sessions.append(elsewhere)
        runtime.send(.form(.submit))
        #expect(desk.calls.isEmpty, "not saved before the clash is confirmed")
        guard case .save(let warnings, _)? = runtime.state.form?.model.question else {
            Issue.record("the form asks about the store's clash")
            return
        }
        #expect(
            warnings.contains { $0.message.text(.en).contains("#99") && $0.message.text(.en).contains("narasumber") })
        runtime.send(.form(.confirm))
        #expect(desk.calls == ["add Klinik"])
    }

    @Test("a refusal from the store keeps the form open with its values and says why")
    func refusalKeepsForm() {
        let desk = FakeSessionDesk()
        desk.refusal = "Peran viewer tidak boleh."
        let runtime = runtime(Size(width: 160, height: 48), .id, desk: desk)
        runtime.handle(.key(.character("l")))
        runtime.handle(.key(.character("+")))
        for (field, text) in [("title", "Klinik"), ("place", "Aula"), ("speaker", "Ir. Rina"), ("institution", "BRIN")]
        {
            guard let index = runtime.state.form?.model.fields.firstIndex(where: { $0.id == field }) else { continue }
            while runtime.state.form?.model.focus != index { runtime.send(.form(.nextField)) }
            for character in text { runtime.send(.form(.typed(character))) }
        }
        runtime.send(.form(.submit))
        #expect(runtime.state.form?.model["title"]?.text == "Klinik")
        #expect(runtime.state.form?.model.errors.first?.message.text(.id) == "Peran viewer tidak boleh.")
        #expect(runtime.state.flash?.isError == true)
    }
}
