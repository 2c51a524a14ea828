import InovasiCore

/// Every OPD by every name it goes by: code, alias, short name and full name, compared by ``AgencyKey``.
///
/// Built once from a read of the store, so an import of 10 000 rows looks each OPD up in memory.
/// When two OPDs of an older file share a key, the first kind of name wins in that order (a code
/// before an alias, an alias before a short name, a short name before a full name), then the lower id;
/// the store refuses new collisions (``StoreError/alreadyUsed(field:value:by:)``).
public struct AgencyLookup: Sendable {
    /// The OPDs by id, deactivated ones included (an import may name one; the caller decides).
    public let agencies: [Int64: Agency]
    private let idByKey: [String: Int64]

    /// The lookup over `agencies` and `aliases` (alias text with its agency id).
    public init(agencies: [Agency], aliases: [AgencyAlias]) {
        self.agencies = Dictionary(agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = agencies.sorted { $0.id < $1.id }
        var keys: [String: Int64] = [:]
        func add(_ text: String, _ id: Int64) {
            let key = AgencyKey.of(text)
            if !key.isEmpty, keys[key] == nil { keys[key] = id }
        }
        for agency in ordered { add(agency.code, agency.id) }
        for alias in aliases.sorted(by: { $0.agencyID < $1.agencyID }) { add(alias.alias, alias.agencyID) }
        for agency in ordered { add(agency.shortName, agency.id) }
        for agency in ordered { add(agency.name, agency.id) }
        idByKey = keys
    }

    /// The OPD that `text` names, ignoring case, spaces, dots and hyphens; nil when none does.
    public func agency(named text: String) -> Agency? {
        idByKey[AgencyKey.of(text)].flatMap { agencies[$0] }
    }

}

/// Another name an OPD goes by in the files people send ("Dinas Kesehatan Kota Cilegon", "Puskesmas Induk").
public struct AgencyAlias: Codable, Hashable, Sendable {
    /// The alias as it was entered.
    public let alias: String
    /// The OPD it names.
    public let agencyID: Int64

    /// An alias of the OPD `agencyID`.
    public init(alias: String, agencyID: Int64) {
        self.alias = alias
        self.agencyID = agencyID
    }
}
