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
}
