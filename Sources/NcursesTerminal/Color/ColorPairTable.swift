/// Hands out ncurses colour pair numbers on demand, one per (foreground, background).
///
/// Pairs are allocated as styles appear rather than from a fixed theme list, so any theme works.
/// Numbers above 255 are fine: they reach ncurses through `setcchar`'s pair argument, never
/// through the 8-bit `COLOR_PAIR`. When the terminal's pairs run out (64 on the Linux console),
/// further combinations fall back to pair 0, the default colours; attributes still carry meaning.
///
/// With ``plainPair``, the terminal's own colours (-1 on -1) get a pair of their own instead of
/// pair 0: ncurses treats a change to pair 0 without attributes as "attributes off" and sends
/// `sgr0` after the colour reset (`ESC[39m ESC(B ESC[m`, 11 bytes), but a change to another pair
/// as a colour change (`ESC[39m`, 5 bytes). Plain text after coloured text is the most frequent
/// change on the screen (DECISIONS.md, "The last bytes").
struct ColorPairTable {
    /// The highest pair number the terminal accepts (`COLOR_PAIRS - 1`).
    let capacity: Int32
    /// Whether -1 on -1 gets a pair of its own; only where the terminal's own colours are usable.
    let plainPair: Bool
    private var numbers: [Colors: Int32] = [:]

    /// A pair's two colour numbers (-1 is the terminal's default colour).
    struct Colors: Hashable {
        let foreground: Int32
        let background: Int32
    }

    /// What a lookup found: the number to use, and whether ncurses still has to learn it.
    struct Lookup: Hashable {
        let number: Int32
        let isNew: Bool
    }

    /// A table for a terminal with `colorPairs` pairs (pair 0 is fixed to the default colours);
    /// `plainPair` gives the default colours a pair of their own too.
    init(colorPairs: Int, plainPair: Bool = false) {
        capacity = Int32(clamping: max(0, colorPairs - 1))
        self.plainPair = plainPair
    }

    /// How many pairs have been allocated.
    var count: Int { numbers.count }

    /// The pair for `foreground` on `background`, allocating the next free number when new.
    mutating func pair(foreground: Int32, background: Int32) -> Lookup {
        if foreground < 0, background < 0, !plainPair { return Lookup(number: 0, isNew: false) }
        let colors = Colors(foreground: foreground, background: background)
        if let number = numbers[colors] { return Lookup(number: number, isNew: false) }
        let next = Int32(numbers.count) + 1
        guard next <= capacity else { return Lookup(number: 0, isNew: false) }
        numbers[colors] = next
        return Lookup(number: next, isNew: true)
    }
}
