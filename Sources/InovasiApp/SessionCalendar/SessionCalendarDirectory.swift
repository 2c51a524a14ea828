import Foundation
import InovasiCore
import InovasiStore

/// The names a calendar file needs for sessions and back: OPDs by id and by code, innovations by
/// id and by their OPD's code and title. Read once from the store, so mapping many sessions asks
/// it nothing more.
public struct SessionCalendarDirectory: Sendable {
    /// The OPDs by id (deactivated ones included: an old session still names them).
    public let agencies: [Int64: Agency]
    /// The innovations by id.
    public let innovations: [Int64: InnovationName]
    private let agencyByCode: [String: Int64]
    private let innovationByKey: [String: Int64]

    /// A directory over these OPDs and innovations.
    public init(agencies: [Agency], innovations: [InnovationName]) {
        self.agencies = Dictionary(agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.innovations = Dictionary(innovations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        agencyByCode = Dictionary(
            agencies.map { (Self.key($0.code), $0.id) }, uniquingKeysWith: { first, _ in first })
        var keys: [String: Int64] = [:]
        for innovation in innovations.sorted(by: { $0.id < $1.id }) {
            guard let code = self.agencies[innovation.agencyID]?.code else { continue }
            let key = Self.key(code) + "\u{1F}" + Self.key(innovation.title)
            if keys[key] == nil { keys[key] = innovation.id }
        }
        innovationByKey = keys
    }

    /// The directory of `store`'s OPDs and innovations.
    public init(store: Store) throws(StoreError) {
        self.init(agencies: try store.agencies(), innovations: try store.innovationNames())
    }

    /// The OPD with `code` (ignoring case and surrounding spaces).
    public func agencyID(code: String) -> Int64? { agencyByCode[Self.key(code)] }

    /// The innovation of the OPD with `code` titled `title` (ignoring case and surrounding spaces):
    /// the one numbered `id` when it is such an innovation (a file from this store, where one OPD may
    /// hold two innovations of one title), else the first of them.
    public func innovationID(code: String, title: String, id: Int64? = nil) -> Int64? {
        if let id, let innovation = innovations[id], Self.key(innovation.title) == Self.key(title),
            let agency = agencies[innovation.agencyID], Self.key(agency.code) == Self.key(code)
        {
            return id
        }
        return innovationByKey[Self.key(code) + "\u{1F}" + Self.key(title)]
    }

    private static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
