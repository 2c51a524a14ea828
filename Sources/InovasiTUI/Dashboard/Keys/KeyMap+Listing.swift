import InovasiCore

/// One line of `inovasi config keys`: a context's action, its keys and what it does.
public struct KeyListingRow: Hashable, Sendable {
    /// The context's name in the config (`queue`, `global`).
    public var context: String
    /// The action's name in the config (`take`).
    public var action: String
    /// The keys as the help writes them (`t`, `Ctrl-F`).
    public var keys: [String]
    /// What the action does, in the language asked for.
    public var help: String
}

extension KeyMap {
    /// Every binding of every context as `config keys` prints it, in `language`; each context's
    /// own bindings (global ones are listed once, under `global`).
    public func listing(_ language: Language) -> [KeyListingRow] {
        KeyContext.configNames.flatMap { name, context in
            let bindings = context.map { contexts[$0] ?? [] } ?? global
            return bindings.compactMap { binding -> KeyListingRow? in
                guard let action = binding.action.bindingID else { return nil }
                return KeyListingRow(
                    context: name, action: action, keys: binding.keys.map { KeyNames.name($0, language) },
                    help: binding.help.text(language))
            }
        }
    }
}
