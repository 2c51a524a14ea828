/// Numbers as people in each language write them: `1.250.000` and `3,75` in Bahasa Indonesia,
/// `1,250,000` and `3.75` in English.
///
/// Written by hand rather than through `NumberFormatter`, so the output never depends on the
/// locale data a machine happens to have installed.
public enum NumberText {
    /// Whole number with thousands grouped: `1.250.000` (id), `1,250,000` (en).
    public static func grouped(_ value: Int64, _ language: Language) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(groupSeparator(language)) }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// Whole number with thousands grouped, for counts held in `Int`.
    public static func grouped(_ value: Int, _ language: Language) -> String {
        grouped(Int64(value), language)
    }

    /// Rupiah in whole units: `Rp 1.250.000` (id), `IDR 1,250,000` (en).
    public static func rupiah(_ value: Int64, _ language: Language) -> String {
        currency.text(language) + grouped(value, language)
    }

    /// A decimal rounded to `fractionDigits` places: `3,75` (id), `3.75` (en).
    public static func decimal(_ value: Double, fractionDigits: Int, _ language: Language) -> String {
        guard value.isFinite else { return "–" }
        let digits = max(0, min(fractionDigits, 9))
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded()
        guard scaled < 9e18 else { return "–" }
        let whole = Int64(scaled) / scale
        let fraction = Int64(scaled) % scale
        var out = grouped(whole, language)
        if digits > 0 {
            let fractionText = String(fraction)
            out.append(decimalSeparator.text(language))
            out.append(String(repeating: "0", count: digits - fractionText.count) + fractionText)
        }
        return value < 0 && scaled > 0 ? "-" + out : out
    }

    static func groupSeparator(_ language: Language) -> Character {
        switch language {
        case .id: "."
        case .en: ","
        }
    }

    /// Before a rupiah amount.
    static let currency = Localized(id: "Rp ", en: "IDR ")
    /// Between whole and fraction.
    static let decimalSeparator = Localized(id: ",", en: ".")
}
