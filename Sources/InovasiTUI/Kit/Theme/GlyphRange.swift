/// Which block glyphs the terminal's font can show, so widgets draw with ones that are there.
///
/// The Linux console's fonts (Debian's console-setup, the kernel's CP437) carry the whole and half
/// blocks and the shades (`█ ▌ ▐ ░ ▒ ▓`) and thin and double lines, but not the eighth blocks
/// `▏…▉` and `▁…▇` that terminal emulators' fonts have (DECISIONS.md, "Monthly trends").
public enum GlyphRange: Hashable, Sendable {
    /// A terminal emulator's font: every block, eighths included.
    case unicode
    /// The Linux console: whole cells and `▌` halves, shades, thin and double lines.
    case console

    /// The range for the terminfo name in `TERM`: the console for `linux` and its variants
    /// (`linux-16color`, `linux-c`…), a terminal emulator for everything else.
    public static func forTerminal(named name: String) -> GlyphRange {
        name == "linux" || name.hasPrefix("linux-") ? .console : .unicode
    }
}
