import InovasiCore

/// What a session needs and a foreign calendar event does not say: ``SessionRule`` requires a
/// narasumber, an institution and a place. The texts are in the office's language, so the
/// calendar shows them as a gap to fill in.
public struct SessionCalendarDefaults: Sendable, Hashable {
    /// The narasumber of an event that names none.
    public var speakerName: String
    /// The institution of an event that names none.
    public var speakerInstitution: String
    /// The place of an event without LOCATION and without a link.
    public var place: String

    /// These defaults.
    public init(speakerName: String, speakerInstitution: String, place: String) {
        self.speakerName = speakerName
        self.speakerInstitution = speakerInstitution
        self.place = place
    }

    /// The standard defaults in `language`: "(narasumber belum ditentukan)" and the like.
    public init(language: Language) {
        self.init(
            speakerName: SessionCalendarText.noSpeaker.text(language),
            speakerInstitution: SessionCalendarText.noInstitution.text(language),
            place: SessionCalendarText.noPlace.text(language))
    }
}
