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
    /// Stable identity across edits and exports (the calendar `UID`); empty until the store saves it.
    public var uid: String
    /// How many times the session was edited: 0 when added, +1 per edit (the calendar `SEQUENCE`).
    public var sequence: Int
    /// The meeting link of an online or hybrid session; empty for an offline one.
    public var meetingLink: String
    /// The Laboratorium Inovasi stage the session belongs to, when it belongs to one.
    public var labStage: LabStage?
    /// OPDs that actually attended, recorded when the session is marked done.
    public var attendedAgencyIDs: [Int64]
    /// What was agreed to follow up, recorded when the session is marked done.
    public var followUp: String
    /// When the session was last changed; nil for one never edited since the store got it.
    public var updatedAt: Date?

    /// A session as entered or read back: scheduled, serving no OPD or innovation until given some;
    /// `id` stays 0 until the store saves it.
    public init(
        id: Int64 = 0, title: String, startsAt: Date, endsAt: Date, location: String,
        mode: SessionMode, speakerName: String, speakerInstitution: String,
        agencyIDs: [Int64] = [], innovationIDs: [Int64] = [], status: SessionStatus = .scheduled,
        notes: String = "", uid: String = "", sequence: Int = 0, meetingLink: String = "",
        labStage: LabStage? = nil, attendedAgencyIDs: [Int64] = [], followUp: String = "", updatedAt: Date? = nil
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
        self.uid = uid
        self.sequence = sequence
        self.meetingLink = meetingLink
        self.labStage = labStage
        self.attendedAgencyIDs = attendedAgencyIDs
        self.followUp = followUp
        self.updatedAt = updatedAt
    }
}
