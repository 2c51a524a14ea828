/// What the generator knows about one agency beyond its `Agency` row.
struct AgencyProfile: Sendable {
    /// Template code that ties the agency to themes: `DINKES`, `KEC`, `KEL`.
    let templateCode: String
    /// "Kota Cilegon", "Kabupaten Sleman".
    let regionName: String
    /// "Wali Kota Cilegon", "Bupati Sleman".
    let regionHead: String
    let isCilegon: Bool
    /// Where a trial of this agency's innovation may run.
    let places: [String]
}

/// The generated agencies and divisions with lookups, shared by every builder.
struct AgencyDirectory: Sendable {
    private(set) var agencies: [Agency] = []
    /// Same index as `agencies`.
    private(set) var profiles: [AgencyProfile] = []
    private(set) var divisions: [Division] = []
    /// For each agency index, indices into `divisions`.
    private(set) var divisionsByAgency: [[Int]] = []

    /// Appends an agency with the next id and returns its index.
    @discardableResult
    mutating func add(
        code: String, name: String, shortName: String, kind: AgencyKind, parentIndex: Int? = nil,
        profile: AgencyProfile
    ) -> Int {
        let parentID = parentIndex.map { agencies[$0].id }
        agencies.append(
            Agency(
                id: Int64(agencies.count + 1), code: code, name: name, kind: kind, parentID: parentID,
                shortName: shortName))
        profiles.append(profile)
        divisionsByAgency.append([])
        return agencies.count - 1
    }

    /// Appends a division of the agency at `agencyIndex` with the next id.
    mutating func addDivision(named name: String, toAgencyAt agencyIndex: Int) {
        divisions.append(Division(id: Int64(divisions.count + 1), agencyID: agencies[agencyIndex].id, name: name))
        divisionsByAgency[agencyIndex].append(divisions.count - 1)
    }

    /// Index of the agency with `code`.
    func index(ofCode code: String) -> Int? {
        agencies.firstIndex { $0.code == code }
    }

    /// Index of the agency's division called `name`.
    func divisionIndex(named name: String, inAgencyAt agencyIndex: Int) -> Int? {
        divisionsByAgency[agencyIndex].first { divisions[$0].name == name }
    }

    /// Indices of agencies of `kind`.
    func indices(of kind: AgencyKind) -> [Int] {
        agencies.indices.filter { agencies[$0].kind == kind }
    }

    /// Indices of agencies that are neither kecamatan nor kelurahan.
    var opdIndices: [Int] {
        agencies.indices.filter { agencies[$0].kind != .kecamatan && agencies[$0].kind != .kelurahan }
    }
}
