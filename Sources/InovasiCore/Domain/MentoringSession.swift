import Foundation

/// A pendampingan: a mentoring session led by a narasumber (resource person) from an institution.
public struct MentoringSession: Codable, Hashable, Sendable, Identifiable {
    /// Store id; 0 before the session is saved.
    public var id: Int64
    /// The session's title as announced, e.g. "Klinik Inovasi Pelayanan Publik".
    public var title: String
    /// When the session starts (an instant, stored in UTC); places it on the calendar.
    public var startsAt: Date
    /// When the session ends; always after `startsAt`.
    public var endsAt: Date
    /// Where to attend: a room, a meeting link or channel, or both for a hybrid session.
    public var location: String
    /// Whether people attend in person, online or both.
    public var mode: SessionMode
    /// Narasumber: the resource person's name.
    public var speakerName: String
    /// The narasumber's institution: LAN RI, KemenPAN-RB, BRIN, Kemendagri …
    public var speakerInstitution: String
    /// OPDs the session serves.
    public var agencyIDs: [Int64]
    /// Innovations the session serves.
    public var innovationIDs: [Int64]
    /// Whether the session is still ahead, took place or was called off.
    public var status: SessionStatus
    /// Free remarks for attendees, e.g. why a session was cancelled; empty when none.
    public var notes: String

    /// A session as entered or read back: scheduled, serving no OPD or innovation until given some;
    /// `id` stays 0 until the store saves it.
    public init(
        id: Int64 = 0, title: String, startsAt: Date, endsAt: Date, location: String,
        mode: SessionMode, speakerName: String, speakerInstitution: String,
        agencyIDs: [Int64] = [], innovationIDs: [Int64] = [], status: SessionStatus = .scheduled,
        notes: String = ""
    ) {
        self.id = id
        self.title = title
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.location = location
        self.mode = mode
        self.speakerName = speakerName
        self.speakerInstitution = speakerInstitution
        self.agencyIDs = agencyIDs
        self.innovationIDs = innovationIDs
        self.status = status
        self.notes = notes
    }
}
