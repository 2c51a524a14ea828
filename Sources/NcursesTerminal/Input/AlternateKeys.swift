import CNcurses

/// The other spellings of the cursor keys, Home and End, taught to ncurses so that every form works.
///
/// Terminfo gives one sequence per key, usually the application-mode one (`ESC O B`) that
/// `keypad` asks the terminal for. Terminals that ignore that request, terminal emulators in tests
/// and some remote links send the normal-mode form (`ESC [ B`) instead, and Home and End have four
/// common forms. Without a definition ncurses hands such a sequence over as Esc, `[`, `B`: the key
/// does nothing, or worse, Esc closes what was open.
enum AlternateKeys {
    /// Every form of each key: normal mode, application mode, and for Home and End the VT220 and
    /// rxvt forms.
    static let sequences: [(sequence: String, code: Int32)] = [
        ("\u{1B}[A", KEY_UP), ("\u{1B}OA", KEY_UP),
        ("\u{1B}[B", KEY_DOWN), ("\u{1B}OB", KEY_DOWN),
        ("\u{1B}[C", KEY_RIGHT), ("\u{1B}OC", KEY_RIGHT),
        ("\u{1B}[D", KEY_LEFT), ("\u{1B}OD", KEY_LEFT),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME),
        ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END), ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END),
    ]

    /// Defines each form the terminal's own description leaves free, after `keypad` is on; a
    /// sequence terminfo already binds (to this key or another) keeps its binding. Returns how many
    /// were added.
    @discardableResult
    static func define() -> Int {
        var added = 0
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            if define_key(sequence, code) == OK { added += 1 }
        }
        return added
    }
}
