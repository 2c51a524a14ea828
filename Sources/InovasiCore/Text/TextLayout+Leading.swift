extension TextLayout {
    /// Cuts `text` from the left to `width` columns, keeping its end: `…/inovasi/demo.sqlite`.
    /// Paths are read from the end, so their file name must survive.
    public static func truncateLeading(_ text: String, toWidth width: Int, ellipsis: String = TextLayout.ellipsis)
        -> String
    {
        let clean = Sanitizer.clean(text)
        guard DisplayWidth.of(clean) > width else { return clean }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(max(0, width))) }
        var kept: [Character] = []
        var used = 0
        for character in clean.reversed() {
            let characterWidth = DisplayWidth.of(character)
            guard used + characterWidth <= room else { break }
            kept.append(character)
            used += characterWidth
        }
        return ellipsis + String(kept.reversed())
    }
}
