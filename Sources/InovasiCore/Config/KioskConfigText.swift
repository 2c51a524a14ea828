/// What the keys of the `kiosk:` section need, in both languages.
public enum KioskConfigText {
    /// What `kiosk.unlock` needs.
    public static let expectedUnlock = Localized(
        id: "harus 1 sampai 8 nama tombol dipisah spasi, mis. \"Ctrl-X q\"",
        en: "must be 1 to 8 key names separated by spaces, e.g. \"Ctrl-X q\"")
    /// What `kiosk.redrawMinutes` needs.
    public static let expectedRedrawMinutes = Localized(
        id: "harus bilangan bulat menit dari 1 sampai 1440", en: "must be a whole number of minutes from 1 to 1440")
    /// What `kiosk.shiftMinutes` needs.
    public static let expectedShiftMinutes = Localized(
        id: "harus bilangan bulat menit dari 0 (tidak pernah) sampai 1440",
        en: "must be a whole number of minutes from 0 (never) to 1440")
    /// A key name of `kiosk.unlock` the dashboard does not know.
    public static func unknownUnlockKey(_ name: String) -> Localized {
        Localized(
            id: "kiosk.unlock: nama tombol \"\(name)\" tidak dikenal (contoh: Ctrl-X, Esc, F5, q)",
            en: "kiosk.unlock: unknown key name \"\(name)\" (for example: Ctrl-X, Esc, F5, q)")
    }

    /// What the key under `kiosk:` at `key` needs, for a value of the wrong type.
    static func expected(_ key: String?) -> Localized {
        switch key {
        case "redrawMinutes": expectedRedrawMinutes
        case "shiftMinutes": expectedShiftMinutes
        default: expectedUnlock
        }
    }
}
