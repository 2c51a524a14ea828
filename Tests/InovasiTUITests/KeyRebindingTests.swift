import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("The config's keys: section rebinding the key map")
struct KeyRebindingTests {
    func rebound(_ overrides: [String: [String: [String]]]) -> Result<KeyMap, KeyRebindFailure> {
        KeyMap.standard.rebound(overrides)
    }

    @Test("an action gets the keys named, in any case, and loses its old ones")
    func rebinding() throws {
        let map = try rebound(["queue": ["take": ["T", "ctrl-t"]], "global": ["help": ["f1"]]]).get()
        #expect(map.action(for: .character("T"), in: .pane(.queue)) == .takeRequested)
        #expect(map.action(for: .control("t"), in: .pane(.queue)) == .takeRequested)
        #expect(map.action(for: .character("t"), in: .pane(.queue)) == nil)
        #expect(map.action(for: .function(1), in: .pane(.progress)) == .helpShown)
        #expect(map.action(for: .character("?"), in: .pane(.progress)) == nil)
        // The proposal's detail shares the review keys but was not rebound: `t` still takes there.
        #expect(map.action(for: .character("t"), in: .proposalDetail) == .takeRequested)
    }

    @Test("two actions of one context on one key are refused, naming both and the key")
    func conflict() {
        guard case .failure(let failure) = rebound(["queue": ["take": ["s"]]]) else {
            Issue.record("a conflict was accepted")
            return
        }
        #expect(failure.problems.count == 1)
        let problem = failure.problems.first
        #expect(problem?.key == "keys.queue.take")
        #expect(problem?.message.en == "key s is bound to two actions in context queue: take and score")
        #expect(problem?.message.id.contains("take dan score") == true)
        // Moving the other action away as well resolves it.
        #expect((try? rebound(["queue": ["take": ["s"], "score": ["S"]]]).get()) != nil)
    }

    @Test("unknown contexts, actions and key names are each refused naming them, all at once")
    func unknownNames() {
        let overrides = ["bogus": ["x": ["y"]], "queue": ["nope": ["x"], "take": ["Hyper-Q"], "undo": []]]
        guard case .failure(let failure) = rebound(overrides) else {
            Issue.record("bad names were accepted")
            return
        }
        let byKey = Dictionary(failure.problems.map { ($0.key, $0.message.en) }, uniquingKeysWith: { $0 + $1 })
        #expect(byKey["keys.bogus"]?.contains("unknown key context “bogus”") == true)
        #expect(byKey["keys.queue.nope"]?.contains("no action “nope” in context queue") == true)
        #expect(byKey["keys.queue.take"]?.contains("unknown key name “Hyper-Q”") == true)
        #expect(byKey["keys.queue.undo"]?.contains("needs at least one key") == true)
    }

    @Test("every binding of every context has an action name, one per action in its context")
    func namesAreComplete() {
        for (name, context) in KeyContext.configNames {
            let bindings = context.map { KeyMap.standard.contexts[$0] ?? [] } ?? KeyMap.standard.global
            var actions: [String: DashboardAction] = [:]
            for binding in bindings {
                guard let id = binding.action.bindingID else {
                    #expect(binding.action == .form(.typed("0")), "\(binding.action) in \(name) has no name")
                    continue
                }
                if let other = actions[id] { #expect(other == binding.action, "\(id) twice in \(name)") }
                actions[id] = binding.action
            }
        }
        #expect(Set(KeyContext.configNames.compactMap(\.context)) == Set(KeyMap.standard.contexts.keys))
    }

    @Test("the standard map binds no key to two actions of one context, so binding it to itself passes")
    func standardIsConsistent() throws {
        var overrides: [String: [String: [String]]] = [:]
        for row in KeyMap.standard.listing(.en) { overrides[row.context, default: [:]][row.action] = row.keys }
        let map = try rebound(overrides).get()
        for (_, context) in KeyContext.configNames {
            guard let context else { continue }
            #expect(map.bindings(in: context) == KeyMap.standard.bindings(in: context))
        }
    }

    @Test("the help overlay and the status hints show the keys bound by the config")
    func helpAndHints() throws {
        let map = try rebound(["queue": ["take": ["T", "Ctrl-T"]], "global": ["help": ["F1"]]]).get()
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48), colorDepth: .trueColor)
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), state: DashboardFixtures.state(),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), keyMap: map,
            clock: { DashboardFixtures.now })
        runtime.start()
        runtime.handle(.key(.character("3")))
        let screen = (terminal.lastCanvas?.text() ?? "").split(separator: "\n").map(String.init)
        let status = screen.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(status.contains("T/Ctrl-T " + KeyHelpText.takeForReview.id))
        #expect(!status.contains(" t " + KeyHelpText.takeForReview.id))
        runtime.handle(.key(.function(1)))
        #expect(runtime.state.topOverlay?.kind == .help)
        let help = (terminal.lastCanvas?.text() ?? "").split(separator: "\n").map(String.init)
        #expect(help.contains { $0.contains("T Ctrl-T") && $0.contains(KeyHelpText.takeForReview.id) })
        #expect(help.contains { $0.contains("F1") && $0.contains(KeyHelpText.help.id) })
        #expect(!help.contains { $0.contains(" t ") && $0.contains(KeyHelpText.takeForReview.id) })
    }

    @Test("config keys lists every context, each action with its keys and help text")
    func listing() {
        let rows = KeyMap.standard.listing(.en)
        #expect(Set(rows.map(\.context)) == Set(KeyContext.configNames.map(\.name)))
        let take = rows.first { $0.context == "queue" && $0.action == "take" }
        #expect(take?.keys == ["t"])
        #expect(take?.help == KeyHelpText.takeForReview.en)
        #expect(rows.contains { $0.context == "global" && $0.action == "reloadConfig" && $0.keys == ["Ctrl-R"] })
    }
}
