/// A complete look for the program: one ``RoleStyle`` for every ``ThemeRole``.
///
/// A theme is a value: load it from a file (``load(from:)``), take ``builtIn``, or build one
/// in code. Fit it to a terminal with ``ResolvedTheme`` before drawing.
public struct Theme: Hashable, Sendable {
    /// The name shown when themes are cycled, from the file's `name:` (or `scheme:`).
    public var name: String
    /// Roles the source left out; they were filled from the fallback theme.
    public private(set) var missingRoles: Set<ThemeRole>
    private var styles: [ThemeRole: RoleStyle]

    /// A theme from role styles; roles not given come from `fallback` and are listed in
    /// ``missingRoles`` (with no fallback they get plain colours and their default mono look).
    public init(name: String, styles: [ThemeRole: RoleStyle], fallback: Theme? = nil) {
        self.name = name
        var complete = styles
        var missing = Set<ThemeRole>()
        for role in ThemeRole.allCases where complete[role] == nil {
            missing.insert(role)
            complete[role] = fallback?[role] ?? RoleStyle(mono: role.defaultMono)
        }
        self.styles = complete
        self.missingRoles = missing
    }

    /// The style the theme gives `role`.
    public subscript(role: ThemeRole) -> RoleStyle {
        get { styles[role] ?? RoleStyle(mono: role.defaultMono) }
        set {
            styles[role] = newValue
            missingRoles.remove(role)
        }
    }
}
