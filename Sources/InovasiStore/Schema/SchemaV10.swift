/// What schema version 10 adds: the evidence of the Indeks Inovasi Daerah (issue 15, point 2).
///
/// - `iid_evidence`: one row per assessment year, innovation (NULL: an SPD indicator of the region)
///   and indicator, holding the level chosen (0–3), the document or link that backs it, a note, and
///   who entered it when. A new entry replaces the row; the audit log keeps every earlier state.
///   The key is unique through an index on `ifnull(innovation_id, 0)`, since SQLite sees two NULLs
///   as different; innovation ids start at 1, so 0 never names one.
/// - A removed innovation keeps its rows (a restore brings them back); an innovation deleted by an
///   undone approval loses them, each with an audit row.
enum SchemaV10 {
    static let statements = [
        """
        CREATE TABLE iid_evidence (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
            innovation_id INTEGER REFERENCES innovation(id),
            indicator TEXT NOT NULL CHECK (length(indicator) BETWEEN 1 AND 10),
            level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
            document TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX iid_evidence_key ON iid_evidence(year, ifnull(innovation_id, 0), indicator)",
        "CREATE INDEX iid_evidence_innovation ON iid_evidence(innovation_id) WHERE innovation_id IS NOT NULL",
    ]
}
