import Foundation
import GRDB
import InovasiCore

/// An innovation as a calendar file names it: its id, its OPD and its title, without the rest of
/// its profile (a national store holds tens of thousands; reading them whole takes a second).
public struct InnovationName: Hashable, Sendable {
    /// The store's id.
    public let id: Int64
    /// The OPD it belongs to.
    public let agencyID: Int64
    /// Its title as stored.
    public let title: String

    /// A name of innovation `id` of OPD `agencyID`.
    public init(id: Int64, agencyID: Int64, title: String) {
        self.id = id
        self.agencyID = agencyID
        self.title = title
    }
}

extension Store {
    /// Every innovation that is not removed, by id: only its id, OPD and title.
    public func innovationNames() throws(StoreError) -> [InnovationName] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT id, agency_id, \(StoredText.full("title", as: "title")) FROM innovation WHERE "
                    + Removal.notRemoved(.innovation, "id") + " ORDER BY id"
            ).map { row in
                InnovationName(
                    id: try row.value("id"), agencyID: try row.value("agency_id"),
                    title: try row.value("title"))
            }
        }
    }

    /// The innovations among `ids` that are not removed, by id: a primary-key probe each, so a
    /// day's sessions name their innovations without reading every innovation of the store (a
    /// national store of a million proposals holds hundreds of thousands).
    public func innovationNames(ids: [Int64]) throws(StoreError) -> [InnovationName] {
        let wanted = Array(Set(ids)).sorted()
        guard !wanted.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: wanted.count).joined(separator: ", ")
        return try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT id, agency_id, \(StoredText.full("title", as: "title")) FROM innovation WHERE id IN (\(marks)) AND "
                    + Removal.notRemoved(.innovation, "id") + " ORDER BY id", arguments: StatementArguments(wanted)
            ).map { row in
                InnovationName(
                    id: try row.value("id"), agencyID: try row.value("agency_id"),
                    title: try row.value("title"))
            }
        }
    }
}
