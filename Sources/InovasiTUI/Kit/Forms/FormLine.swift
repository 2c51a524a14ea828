import InovasiCore

/// One line of a drawn form.
public struct FormLine: Hashable, Sendable {
    /// What the line says; sanitised when drawn.
    public var text: String
    /// How it is coloured.
    public var role: ThemeRole
    /// Whether it carries the focus (drawn as the selection).
    public var isSelected: Bool

    /// A line saying `text` in `role`, selected or not.
    public init(_ text: String, role: ThemeRole = .base, isSelected: Bool = false) {
        self.text = text
        self.role = role
        self.isSelected = isSelected
    }
}
