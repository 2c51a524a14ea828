/// Indexes of schema version 2, for the review queue's filters and sorts at 100 000 proposals.
///
/// Each lets a query answer from the index alone, without reading the proposal rows (which hold
/// long texts): the page of ids in age order with any status, bentuk, jenis or OPD filter; a title
/// search and sort within statuses; and each reviewer's scores for the weighted score.
enum SchemaV2 {
    static let statements = [
        "DROP INDEX proposal_submitted",
        "CREATE INDEX proposal_queue_age ON proposal(submitted_at, id, status, form, kind, agency_id)",
        "CREATE INDEX proposal_status_title ON proposal(status, title COLLATE NOCASE, agency_id)",
        """
        CREATE INDEX review_score_values
        ON review_score(proposal_id, renewal, benefit, no_undue_burden, within_authority, replicable)
        """,
    ]

    /// Refreshes the planner's statistics for the new indexes when the file has statistics at all
    /// (a demo import runs ANALYZE); without them SQLite would judge the new indexes by guesswork.
    static func analyze(_ statement: (String) throws -> Void, hasStatistics: Bool) rethrows {
        guard hasStatistics else { return }
        try statement("ANALYZE proposal")
        try statement("ANALYZE review_score")
    }
}
