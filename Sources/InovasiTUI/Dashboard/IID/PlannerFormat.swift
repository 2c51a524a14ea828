import InovasiCore

/// How the planner writes its numbers: points with at most two decimals, indices with two.
enum PlannerFormat {
    /// `3`, `57,5`, `1,25`: whole points without decimals, else two.
    static func points(_ value: Double, _ language: Language = .en) -> String {
        let rounded = (value * 100).rounded() / 100
        let whole = rounded.rounded() == rounded
        return NumberText.decimal(rounded, fractionDigits: whole ? 0 : 2, language)
    }

    /// An index to two decimals, as the Ministry publishes it: `48,30`.
    static func index(_ value: Double, _ language: Language) -> String {
        NumberText.decimal(value, fractionDigits: 2, language)
    }
}
