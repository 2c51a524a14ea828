import InovasiCore

extension Localized {
    static let demoTitle = Localized(id: "inovasi-term-demo: uji terminal", en: "inovasi-term-demo: terminal test")
    static let demoSize = Localized(id: "ukuran", en: "size")
    static let demoKey = Localized(id: "tombol", en: "key")
    static let demoNoKey = Localized(id: "belum ada", en: "none yet")
    static let demoData = Localized(id: "data", en: "data")
    static let demoWide = Localized(id: "lebar", en: "wide")
    static let demoMarks = Localized(id: "tanda", en: "marks")
    static let demoStyles = Localized(id: "gaya", en: "styles")
    static let demoBold = Localized(id: "tebal", en: "bold")
    static let demoUnderline = Localized(id: "garis", en: "underline")
    static let demoReverse = Localized(id: "balik", en: "reverse")
    static let demoColor = Localized(id: "merah", en: "red")
    static let demoResizes = Localized(id: "ubah ukuran", en: "resizes")
    static let demoDepth = Localized(id: "warna", en: "colours")
    static let demoQuit = Localized(id: "q: keluar", en: "q: quit")
}
