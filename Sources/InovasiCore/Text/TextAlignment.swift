/// Where text sits in a wider space: table columns, padded labels, centred titles.
public enum TextAlignment: Hashable, Sendable, CaseIterable {
    case left
    case center
    /// Numbers and counts, so digits line up.
    case right
}
