/// Every innovation theme, and which themes fit which agency template.
enum ThemeCatalog {
    static let all: [InnovationTheme] =
        ThemesHealth.all + ThemesServices.all + ThemesSafety.all + ThemesGovernance.all + ThemesEconomy.all

    /// Indices into ``all`` of the themes an agency with template `code` runs; never empty for a
    /// known template because a fallback to planning themes exists.
    static func themeIndices(forTemplate code: String) -> [Int] {
        let matching = all.indices.filter { all[$0].agencies.contains(code) }
        if !matching.isEmpty { return matching }
        return all.indices.filter { all[$0].affair == "perencanaan" }
    }
}
