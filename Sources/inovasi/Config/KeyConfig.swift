import InovasiCore
import InovasiTUI

/// The config's `keys:` applied to the dashboard's standard key map, its problems as config errors
/// naming the key (`keys.queue.take`), so the loader can add the line.
enum KeyConfig {
    /// The standard key map with `settings`' `keys:` applied; the first problem is thrown.
    static func keyMap(_ settings: Settings, file: String) throws(ConfigError) -> KeyMap {
        switch KeyMap.standard.rebound(settings.keyBindings) {
        case .success(let map): return map
        case .failure(let failure):
            throw errors(failure, file: file).first ?? .notAMapping(file: file)
        }
    }

    /// Every problem of `settings`' `keys:`, none when it is good.
    static func problems(_ settings: Settings, file: String) -> [ConfigError] {
        switch KeyMap.standard.rebound(settings.keyBindings) {
        case .success: []
        case .failure(let failure): errors(failure, file: file)
        }
    }

    static func errors(_ failure: KeyRebindFailure, file: String) -> [ConfigError] {
        failure.problems.map { .keyBinding(file: file, key: $0.key, problem: $0.message) }
    }
}
