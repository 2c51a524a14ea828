/// The people of the demo: reviewers (tim penilai), supervisors, a viewer, the kiosk, and one
/// operator per proposing OPD.
enum DemoUsers {
    /// One person, tied to an agency by code.
    struct Person: Sendable {
        let name: String
        let displayName: String
        let role: Role
        let agencyCode: String
    }

    static let people: [Person] = [
        Person(
            name: "rina.h", displayName: "Rina Handayani, S.E., M.Si.", role: .reviewer, agencyCode: "BAPPEDALITBANG"),
        Person(name: "budi.s", displayName: "Budi Santoso, S.T., M.T.", role: .reviewer, agencyCode: "BAPPEDALITBANG"),
        Person(
            name: "dewi.k", displayName: "Dewi Kartika, S.Sos., M.A.P.", role: .reviewer, agencyCode: "BAPPEDALITBANG"),
        Person(name: "agus.p", displayName: "Agus Permana, S.Kom.", role: .reviewer, agencyCode: "BAPPEDALITBANG"),
        Person(name: "siti.n", displayName: "Siti Nurjanah, S.Kom., M.T.", role: .reviewer, agencyCode: "DISKOMINFO"),
        Person(name: "fajar.r", displayName: "Fajar Ramadhan, S.E., Ak.", role: .reviewer, agencyCode: "BPKPAD"),
        Person(name: "yuni.a", displayName: "Yuni Anggraeni, S.H., M.H.", role: .reviewer, agencyCode: "INSPEKTORAT"),
        Person(
            name: "hendra.w", displayName: "Hendra Wijaya, S.IP., M.Si.", role: .supervisor,
            agencyCode: "BAPPEDALITBANG"),
        Person(
            name: "maya.l", displayName: "Maya Lestari, S.Si., M.P.A.", role: .supervisor,
            agencyCode: "BAPPEDALITBANG"),
        Person(name: "andi.f", displayName: "Andi Firmansyah, S.Sos.", role: .viewer, agencyCode: "SETDA"),
        Person(
            name: "kiosk", displayName: "Layar Informasi Ruang Inovasi", role: .viewer, agencyCode: "BAPPEDALITBANG"),
    ]

    /// The operator who submits, resubmits and withdraws the proposals of `agency` in the demo's
    /// history: `operator.<code>` in lower case.
    static func operatorName(of agency: Agency) -> String {
        "operator." + agency.code.lowercased()
    }

    /// One operator (role `operator`) for each agency of `pool` (indices into `directory`), the
    /// agencies the demo's proposals come from, so every name the history shows is a user.
    static func operators(of pool: [Int], directory: AgencyDirectory) -> [User] {
        var seen = Set<Int>()
        return pool.compactMap { index in
            guard seen.insert(index).inserted else { return nil }
            let agency = directory.agencies[index]
            let shown = agency.shortName.isEmpty ? agency.name : agency.shortName
            return User(
                name: operatorName(of: agency), role: .operator, agencyID: agency.id, displayName: "Operator \(shown)")
        }
    }

    /// The users, with agency ids from `directory`.
    static func make(directory: AgencyDirectory) -> [User] {
        people.map { person in
            let agencyID = directory.index(ofCode: person.agencyCode).map { directory.agencies[$0].id }
            return User(name: person.name, role: person.role, agencyID: agencyID, displayName: person.displayName)
        }
    }
}
