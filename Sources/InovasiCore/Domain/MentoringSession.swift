import Foundation

/// A pendampingan: a mentoring session led by a narasumber (resource person) from an institution.
public struct MentoringSession: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var title: String
    public var startsAt: Date
    public var endsAt: Date
    public var location: String
    public var mode: SessionMode
    /// Narasumber: the resource person's name.
    public var speakerName: String
    /// The narasumber's institution: LAN RI, KemenPAN-RB, BRIN, Kemendagri …
    public var speakerInstitution: String
    /// OPDs the session serves.
    public var agencyIDs: [Int64]
    /// Innovations the session serves.
    public var innovationIDs: [Int64]
    public var status: SessionStatus
    public var notes: String

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
