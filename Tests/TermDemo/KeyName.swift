import InovasiTUI

/// A short, stable name for a key, which the end-to-end tests read off the screen.
enum KeyName {
    static func of(_ key: Key) -> String {
        switch key {
        case .character(let character): String(character)
        case .control(let letter): "ctrl-\(letter)"
        case .function(let number): "F\(number)"
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "pageup"
        case .pageDown: "pagedown"
        case .home: "home"
        case .end: "end"
        case .enter: "enter"
        case .escape: "escape"
        case .tab: "tab"
        case .backTab: "backtab"
        case .backspace: "backspace"
        case .delete: "delete"
        }
    }
}
