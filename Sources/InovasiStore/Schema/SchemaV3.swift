import InovasiCore

/// What schema version 3 adds: the waiting queue as an index of its own.
///
/// The queue a reviewer opens is every proposal waiting on the office, oldest first, and those
/// are the newest proposals: in `proposal_queue_age`, which holds every proposal by age, a page of
/// the waiting queue is found only after stepping over the thousands already decided (at 100 000
/// proposals a first page took 6 ms, a text filter 20 ms). This partial index holds just the
/// waiting rows, in queue order, with every column the queue filters on, so a page, its count and
/// a title search read only those rows, from the index alone.
enum SchemaV3 {
    /// The statuses of the waiting queue, in the order the index's WHERE clause names them.
    static let waitingStatuses: [ProposalStatus] = ProposalStatus.waiting

    static let statements = [
        """
        CREATE INDEX proposal_waiting
        ON proposal(submitted_at, id, status, form, kind, agency_id, title)
        WHERE \(statusTerm(waitingStatuses, column: "status"))
        """
    ]

    /// `column IN ('a', 'b')` over the raw values of `statuses`, in the order given.
    ///
    /// SQLite uses a partial index only for a query whose WHERE clause holds the index's own term,
    /// with literal values; ``QueueQuery`` writes its status term with this function for that
    /// reason. The values come from the enum, never from input.
    static func statusTerm(_ statuses: [ProposalStatus], column: String) -> String {
        "\(column) IN (\(statuses.map { "'\($0.rawValue)'" }.joined(separator: ", ")))"
    }

    /// Refreshes the planner's statistics for the new index when the file has statistics at all.
    static func analyze(_ statement: (String) throws -> Void, hasStatistics: Bool) rethrows {
        guard hasStatistics else { return }
        try statement("ANALYZE proposal_waiting")
    }
}
