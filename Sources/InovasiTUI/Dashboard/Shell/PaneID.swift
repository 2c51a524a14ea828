import InovasiCore

/// The three panes of the dashboard, in their `1` `2` `3` order.
public enum PaneID: Int, CaseIterable, Sendable {
    case progress = 1
    case calendar = 2
    case queue = 3

    /// The pane after this one, wrapping around (Tab).
    public var next: PaneID { PaneID(rawValue: rawValue % 3 + 1) ?? .progress }
    /// The pane before this one, wrapping around (Shift-Tab).
    public var previous: PaneID { PaneID(rawValue: (rawValue + 1) % 3 + 1) ?? .progress }
}
