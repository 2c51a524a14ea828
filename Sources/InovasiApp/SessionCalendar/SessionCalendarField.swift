/// The `X-INOVASI-…` properties that carry a session's structured fields in our own calendar
/// files, so a file we wrote reads back into the same sessions. Other programs ignore them.
public enum SessionCalendarField {
    /// The narasumber's name.
    public static let speaker = "X-INOVASI-SPEAKER"
    /// The narasumber's institution.
    public static let institution = "X-INOVASI-INSTITUTION"
    /// One OPD served, by its code (one property per OPD).
    public static let opd = "X-INOVASI-OPD"
    /// One innovation served: its title as the value, its OPD's code in the `OPD` parameter and its
    /// id in the writing store in `ID` (informative only: stores number innovations differently).
    public static let innovation = "X-INOVASI-INNOVATION"
    /// `offline`, `online` or `hybrid`.
    public static let mode = "X-INOVASI-MODE"
    /// The Laboratorium Inovasi stage as typed (`drum-up`, `diagnose` …).
    public static let labStage = "X-INOVASI-LAB-STAGE"
    /// `scheduled`, `done` or `cancelled` (`STATUS` cannot say done).
    public static let status = "X-INOVASI-STATUS"
    /// One OPD that attended, by code.
    public static let attended = "X-INOVASI-ATTENDED"
    /// The follow-up agreed when the session was done.
    public static let followUp = "X-INOVASI-FOLLOW-UP"
    /// The notes as entered (`DESCRIPTION` holds them among other lines for people).
    public static let notes = "X-INOVASI-NOTES"
    /// The place as entered, even when it equals the meeting link.
    public static let place = "X-INOVASI-PLACE"
    /// The parameter naming an innovation's OPD code.
    public static let opdParameter = "OPD"
    /// The parameter naming an innovation's id in the writing store.
    public static let idParameter = "ID"
}
