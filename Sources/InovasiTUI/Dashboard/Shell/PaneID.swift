import InovasiCore

/// The three panes of the dashboard, in their `1` `2` `3` order.
public enum PaneID: Int, CaseIterable, Sendable {
    case progress = 1
    case calendar = 2
    case queue = 3

    /// The pane after this one, wrapping around (Tab).
    public var next: PaneID { Self.allCases[(index + 1) % Self.allCases.count] }
    /// The pane before this one, wrapping around (Shift-Tab).
    public var previous: PaneID { Self.allCases[(index + Self.allCases.count - 1) % Self.allCases.count] }

    /// The pane's place in ``allCases``.
    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The pane's title.
    public var title: Localized { feature.title }

    /// The feature that draws the pane and answers the shell's keys for it.
    var feature: any PaneFeature.Type {
        switch self {
        case .progress: ProgressPane.self
        case .calendar: CalendarPane.self
        case .queue: QueuePane.self
        }
    }
}
