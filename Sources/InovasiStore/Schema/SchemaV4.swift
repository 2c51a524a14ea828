/// What schema version 4 adds: an OPD's short name and whether it is active, and the aliases the
/// importer finds an OPD by.
///
/// Existing OPDs become active with an empty short name; an admin fills it with `inovasi opd edit`.
/// An alias is stored with its key (lower case, without spaces, dots, hyphens or underscores, see
/// ``AgencyKey``), so "Kec. Cibeber" and "kec cibeber" are one alias and the key is unique.
enum SchemaV4 {
    static let statements = [
        "ALTER TABLE agency ADD COLUMN short_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE agency ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))",
        """
        CREATE TABLE agency_alias (
            alias_key TEXT PRIMARY KEY NOT NULL,
            alias TEXT NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agency(id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX agency_alias_agency ON agency_alias(agency_id)",
    ]
}
