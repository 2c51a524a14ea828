/// The config's `keys:` section applied to a key map: any action of any context bound to other keys.
extension KeyMap {
    /// This map with the actions named in `overrides` (context name → action name → key names)
    /// bound to those keys instead of their own; every problem found, or none.
    ///
    /// Refused: an unknown context, action or key name, an action left without a key, and two
    /// actions of one context on the same key after the change (a context's own key still wins over
    /// a global one, as in the standard map, and the help shows which is in force).
    public func rebound(_ overrides: [String: [String: [String]]]) -> Result<KeyMap, KeyRebindFailure> {
        var map = self
        var problems: [KeyRebindProblem] = []
        for (contextName, actions) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let context = KeyContext.named(contextName) else {
                let known = KeyContext.configNames.map(\.name).joined(separator: ", ")
                problems.append(
                    KeyRebindProblem(
                        key: "keys.\(contextName)", message: KeyRebindText.unknownContext(contextName, known: known)))
                continue
            }
            var bindings = context.map { map.contexts[$0] ?? [] } ?? map.global
            let changed = Self.rebind(&bindings, actions, contextName: contextName, &problems)
            problems += Self.conflicts(in: bindings, changed: changed, contextName: contextName)
            if let context { map.contexts[context] = bindings } else { map.global = bindings }
        }
        return problems.isEmpty ? .success(map) : .failure(KeyRebindFailure(problems: problems))
    }

    /// Gives each named action of `bindings` its new keys; returns the names of the actions changed.
    static func rebind(
        _ bindings: inout [KeyBinding], _ actions: [String: [String]], contextName: String,
        _ problems: inout [KeyRebindProblem]
    ) -> Set<String> {
        var changed: Set<String> = []
        for (actionName, keyNames) in actions.sorted(by: { $0.key < $1.key }) {
            let path = "keys.\(contextName).\(actionName)"
            let indices = bindings.indices.filter { bindings[$0].action.bindingID == actionName }
            guard !indices.isEmpty else {
                let known = Self.actionNames(bindings).joined(separator: ", ")
                problems.append(
                    KeyRebindProblem(
                        key: path, message: KeyRebindText.unknownAction(actionName, context: contextName, known: known))
                )
                continue
            }
            var keys: [Key] = []
            for name in keyNames {
                guard let key = Key(name: name) else {
                    problems.append(
                        KeyRebindProblem(key: path, message: KeyRebindText.unknownKey(name, action: actionName)))
                    continue
                }
                if !keys.contains(key) { keys.append(key) }
            }
            guard !keyNames.isEmpty else {
                problems.append(KeyRebindProblem(key: path, message: KeyRebindText.noKey(actionName)))
                continue
            }
            for index in indices { bindings[index].keys = keys }
            changed.insert(actionName)
        }
        return changed
    }

    /// Each key shared by a changed action and another action of the same bindings, once per pair.
    static func conflicts(in bindings: [KeyBinding], changed: Set<String>, contextName: String) -> [KeyRebindProblem] {
        var problems: [KeyRebindProblem] = []
        var reported: Set<[String]> = []
        for binding in bindings {
            guard let name = binding.action.bindingID, changed.contains(name) else { continue }
            for key in binding.keys {
                for other in bindings where other.keys.contains(key) {
                    guard let otherName = other.action.bindingID, otherName != name else { continue }
                    let pair = [name, otherName].sorted() + [KeyNames.name(key, .en)]
                    guard reported.insert(pair).inserted else { continue }
                    let message = KeyRebindText.conflict(
                        KeyNames.name(key, .en), context: contextName, first: name, second: otherName)
                    problems.append(KeyRebindProblem(key: "keys.\(contextName).\(name)", message: message))
                }
            }
        }
        return problems
    }

    /// The action names of `bindings`, each once, in their order.
    static func actionNames(_ bindings: [KeyBinding]) -> [String] {
        var seen: Set<String> = []
        return bindings.compactMap(\.action.bindingID).filter { seen.insert($0).inserted }
    }
}

/// The problems of a `keys:` section, all of them, so a file is fixed in one pass.
public struct KeyRebindFailure: Error, Hashable, Sendable {
    /// Each problem with the dotted key it is about.
    public var problems: [KeyRebindProblem]
}
