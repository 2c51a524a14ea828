/// What schema version 9 adds: external members of the tim independen (issue 12, point 2).
///
/// - `user.external`: 1 for a reviewer from outside the city's offices (a university, an expert),
///   who scores but never takes, holds or decides a proposal. Only a reviewer without an OPD may be
///   one; the CHECK keeps it so whatever writes the row.
enum SchemaV9 {
    static let statements = [
        """
        ALTER TABLE user ADD COLUMN external INTEGER NOT NULL DEFAULT 0
            CHECK (external IN (0, 1) AND (external = 0 OR (role = 'reviewer' AND agency_id IS NULL)))
        """
    ]
}
