import Foundation
import InovasiCore

/// A short message in the status line that fades after a few seconds.
///
/// It keeps the message in both languages, rendered from its arguments when it was raised, and the
/// status line picks the language at draw time: `L` re-translates a message already on screen.
public struct Flash: Hashable, Sendable {
    /// Seconds a flash message stays in the status line.
    static let seconds: TimeInterval = 4

    /// The message in both languages.
    public var message: Localized
    /// Whether it reports something refused or failed, so it stands out.
    public var isError: Bool
    /// When the message disappears, compared with the state's `now`.
    public var expires: Date

    public init(message: Localized, isError: Bool = false, expires: Date) {
        self.message = message
        self.isError = isError
        self.expires = expires
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String { message.text(language) }
}

extension DashboardState {
    /// Shows `message` in the status line for a few seconds.
    mutating func showFlash(_ message: Localized, isError: Bool = false) {
        flash = Flash(message: message, isError: isError, expires: now.addingTimeInterval(Flash.seconds))
    }
}
