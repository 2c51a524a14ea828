/// A key or text to send to a tmux pane.
public enum TmuxKey: Hashable, Sendable {
    /// Typed literally, character by character (`send-keys -l`).
    case text(String)
    /// A tmux key name: `Enter`, `Escape`, `Up`, `C-c`, `C-z`, `F5`, `BTab`, `PPage`.
    case named(String)

    /// The Enter key.
    public static let enter = TmuxKey.named("Enter")
    /// The Escape key.
    public static let escape = TmuxKey.named("Escape")
    /// The up arrow.
    public static let up = TmuxKey.named("Up")
    /// The down arrow.
    public static let down = TmuxKey.named("Down")
}
