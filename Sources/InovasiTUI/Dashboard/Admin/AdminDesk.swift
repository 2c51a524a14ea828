import InovasiCore

/// Where the administration view reads and changes OPDs, bidang and users: the store, through an
/// adapter. Each change is one audited transaction by the store's own functions (the ones behind
/// `inovasi opd …` and `inovasi users …`); a refusal is thrown as a ``ReviewRefusal`` naming why.
public protocol AdminDesk {
    /// Every OPD (inactive ones too) and every user.
    func adminData() throws -> AdminData
    /// One OPD with its bidang.
    func adminAgency(_ id: Int64) throws -> AdminAgency?
    /// Makes one change (admins only); throws a refusal naming why when the store says no.
    func apply(_ change: AdminChange) throws
}

/// What the administration view lists.
public struct AdminData: Hashable, Sendable {
    /// Every OPD, inactive ones too, as the store orders them.
    public var agencies: [Agency]
    /// Every user.
    public var users: [User]

    /// The lists as read.
    public init(agencies: [Agency], users: [User]) {
        self.agencies = agencies
        self.users = users
    }
}

/// One OPD with its bidang, the view under the administration view (`Enter` on an OPD).
public struct AdminAgency: Hashable, Sendable {
    /// The OPD.
    public var agency: Agency
    /// Its bidang, by name.
    public var divisions: [Division]

    /// The OPD and its bidang as read.
    public init(agency: Agency, divisions: [Division]) {
        self.agency = agency
        self.divisions = divisions
    }
}

/// One change the administration view asks of the store.
public enum AdminChange: Hashable, Sendable {
    /// A new OPD.
    case addAgency(Agency)
    /// An OPD's name, short name, kind or parent changed.
    case editAgency(Agency)
    /// An OPD deactivated (false) or active again (true).
    case setActive(Int64, Bool)
    /// A new bidang of an OPD.
    case addDivision(Division)
    /// A bidang renamed.
    case renameDivision(Int64, to: String)
    /// A bidang no innovation or proposal uses, removed.
    case removeDivision(Int64)
    /// A new user with a role (and an OPD).
    case addUser(User)
    /// A user's role changed.
    case setRole(String, Role)
}
