/// The theme in use and the catalog `T` cycles through; fits the theme to the terminal once
/// per change, not per frame.
public struct ThemeSwitcher {
    let catalog: ThemeCatalog
    /// The theme in use, with the warning when the one asked for could not be loaded.
    public private(set) var selection: ThemeSelection
    private var fitted: ResolvedTheme?

    public init(catalog: ThemeCatalog, selection: ThemeSelection) {
        self.catalog = catalog
        self.selection = selection
    }

    /// The name of the theme in use.
    public var name: String { selection.entry.name }

    /// Switches to the next theme of the catalog and returns its name.
    public mutating func cycle() -> String {
        selection = catalog.load(catalog.entry(after: name))
        fitted = nil
        return name
    }

    /// Switches to the theme `request` names (a name of the catalog or a file) and returns its
    /// name; one that cannot be loaded gives the built-in theme with the warning in ``selection``.
    public mutating func select(_ request: String) -> String {
        selection = catalog.select(request)
        fitted = nil
        return name
    }

    /// The theme fitted to `depth` and `glyphs`, computed once per theme, depth and glyph range.
    public mutating func resolved(for depth: ColorDepth, glyphs: GlyphRange = .unicode) -> ResolvedTheme {
        if let fitted, fitted.depth == depth, fitted.glyphs == glyphs { return fitted }
        let made = ResolvedTheme(selection.theme, depth: depth, glyphs: glyphs)
        fitted = made
        return made
    }
}
