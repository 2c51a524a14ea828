/// Headings and words of the progress report and the review queue, shared by the command line
/// and the dashboard so both say the same thing.
public enum ColumnText {
    /// Heading of the OPD code column.
    public static let reportCode = Localized(id: "Kode", en: "Code")
    /// Heading of the OPD name column.
    public static let reportAgency = Localized(id: "OPD", en: "Agency")
    /// Heading of proposals waiting on the office.
    public static let reportWaiting = Localized(id: "Menunggu", en: "Waiting")
    /// Heading of proposals waiting longer than allowed.
    public static let reportOverdue = Localized(id: "Terlambat", en: "Overdue")
    /// Heading of whether an OPD has its main innovation.
    public static let reportMain = Localized(id: "Inovasi utama", en: "Main innovation")
    /// Heading of how many bidang have a main innovation.
    public static let reportDivisions = Localized(id: "Bidang", en: "Divisions")
    /// Name of the total row.
    public static let reportCityTotal = Localized(id: "Total kota", en: "City total")
    /// Yes, as in "has a main innovation".
    public static let yes = Localized(id: "Ya", en: "Yes")
    /// No, as in "has no main innovation".
    public static let no = Localized(id: "Tidak", en: "No")
    /// Heading of a proposal's number.
    public static let queueID = Localized(id: "No.", en: "No.")
    /// Heading of how many days a proposal has waited.
    public static let queueAge = Localized(id: "Umur (hari)", en: "Age (days)")
    /// Heading of a proposal's status.
    public static let queueStatus = Localized(id: "Status", en: "Status")
    /// Heading of a proposal's title.
    public static let queueTitle = Localized(id: "Judul", en: "Title")
    /// Heading of the reviewer who holds a proposal.
    public static let queueAssignee = Role.reviewer.label
    /// Heading of a mentoring session's day.
    public static let sessionDay = Localized(id: "Hari, tanggal", en: "Date")
    /// Heading of a mentoring session's hours.
    public static let sessionTime = Localized(id: "Waktu", en: "Time")
    /// Heading of a mentoring session's topic.
    public static let sessionTitle = Localized(id: "Topik", en: "Topic")
    /// Heading of how a mentoring session is held.
    public static let sessionMode = Localized(id: "Moda", en: "Mode")
    /// Heading of the narasumber of a mentoring session.
    public static let sessionSpeaker = Localized(id: "Narasumber", en: "Resource person")
    /// Heading of where a mentoring session is held.
    public static let sessionLocation = Localized(id: "Tempat", en: "Place")
    /// Heading of a mentoring session's status.
    public static let sessionStatus = queueStatus
}
