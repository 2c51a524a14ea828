import InovasiCore

/// A form of the administration view on the kit: an OPD added or edited, a user added or given
/// another role, a bidang added, renamed or removed (a question only).
public struct AdminForm: Hashable, Sendable {
    /// What the form does.
    public enum Purpose: Hashable, Sendable {
        case addAgency
        case editAgency(Agency)
        case addUser
        case setRole(User)
        case addDivision(Agency)
        case renameDivision(Division)
        case removeDivision(Division)
    }

    /// What the form does.
    public var purpose: Purpose
    /// Every OPD, for the parent and the user's OPD pick lists.
    public var agencies: [Agency]
    /// The fields of the purpose.
    public var form: FormModel

    /// The pick lists' first option: no parent, no OPD.
    static let none = "—"

    /// A form for `purpose`, with the OPDs it picks from.
    public init(_ purpose: Purpose, agencies: [Agency]) {
        self.purpose = purpose
        self.agencies = agencies
        form = FormModel(fields: Self.fields(purpose, agencies), submitLabel: Self.button(purpose))
    }

    static func fields(_ purpose: Purpose, _ agencies: [Agency]) -> [FormField] {
        switch purpose {
        case .addAgency:
            return [FormField("code", AdminText.code, .text(TextInput()), isRequired: true, maxLength: 20)]
                + agencyFields(nil, agencies)
        case .editAgency(let agency): return agencyFields(agency, agencies)
        case .addUser:
            return [
                FormField("name", AdminText.userName, .text(TextInput()), isRequired: true, maxLength: 64),
                roleField(.viewer), agencyPick("agency", AdminText.userAgency, nil, agencies),
            ]
        case .setRole(let user): return [roleField(user.role)]
        case .addDivision:
            return [FormField("name", AdminText.divisionName, .text(TextInput()), isRequired: true, maxLength: 200)]
        case .renameDivision(let division):
            return [
                FormField(
                    "name", AdminText.divisionName, .text(TextInput(division.name)), isRequired: true, maxLength: 200)
            ]
        case .removeDivision: return []
        }
    }

    static func agencyFields(_ agency: Agency?, _ agencies: [Agency]) -> [FormField] {
        let kind = agency.flatMap { AgencyKind.allCases.firstIndex(of: $0.kind) } ?? 0
        let parents = agencies.filter { $0.id != agency?.id }
        return [
            FormField(
                "name", AdminText.agencyName, .text(TextInput(agency?.name ?? "")), isRequired: true, maxLength: 200),
            FormField("shortName", AdminText.shortName, .text(TextInput(agency?.shortName ?? "")), maxLength: 60),
            FormField("kind", AdminText.kind, .choice(AgencyKind.allCases.map(\.label), selected: kind)),
            agencyPick("parent", AdminText.parent, agency?.parentID, parents),
        ]
    }

    static func agencyPick(_ id: String, _ label: Localized, _ selected: Int64?, _ agencies: [Agency]) -> FormField {
        let current = agencies.first { $0.id == selected }.map(display) ?? none
        return FormField(id, label, .pick(PickList(options: [none] + agencies.map(display), picked: [current])))
    }

    static func roleField(_ role: Role) -> FormField {
        FormField(
            "role", AdminText.role,
            .choice(Role.allCases.map(\.label), selected: Role.allCases.firstIndex(of: role) ?? 0))
    }

    /// An OPD as the pick lists show it: `DINKES Dinas Kesehatan`.
    static func display(_ agency: Agency) -> String { "\(agency.code) \(agency.name)" }

    static func button(_ purpose: Purpose) -> Localized {
        if case .removeDivision = purpose { return AdminText.removeButton }
        return ReviewText.save
    }

    /// The removal asks first, naming the bidang.
    func issues(_ form: FormModel) -> FormIssues {
        guard case .removeDivision(let division) = purpose else { return .none }
        return FormIssues(question: AdminText.confirmRemove(division.name))
    }

    /// The change the filled-in form asks for.
    public var change: AdminChange {
        switch purpose {
        case .addAgency: .addAgency(agency(from: Agency(code: text("code"), name: "", kind: .dinas)))
        case .editAgency(let agency): .editAgency(self.agency(from: agency))
        case .addUser: .addUser(User(name: text("name"), role: role, agencyID: picked("agency")?.id))
        case .setRole(let user): .setRole(user.name, role)
        case .addDivision(let agency): .addDivision(Division(agencyID: agency.id, name: text("name")))
        case .renameDivision(let division): .renameDivision(division.id, to: text("name"))
        case .removeDivision(let division): .removeDivision(division.id)
        }
    }

    func agency(from base: Agency) -> Agency {
        var agency = base
        agency.name = text("name")
        agency.shortName = text("shortName")
        if case .choice(_, let selected) = form["kind"]?.kind { agency.kind = AgencyKind.allCases[selected] }
        agency.parentID = picked("parent")?.id
        return agency
    }

    var role: Role {
        guard case .choice(_, let selected) = form["role"]?.kind else { return .viewer }
        return Role.allCases[selected]
    }

    func text(_ id: String) -> String { (form[id]?.text ?? "").trimmingCharacters(in: .whitespaces) }

    func picked(_ id: String) -> Agency? {
        guard case .pick(let list) = form[id]?.kind, let value = list.value.first else { return nil }
        return agencies.first { Self.display($0) == value }
    }

    /// The form's title.
    func title(_ language: Language) -> String {
        switch purpose {
        case .addAgency: AdminText.addAgencyTitle.text(language)
        case .editAgency(let agency): AdminText.editTitle(agency.name).text(language)
        case .addUser: AdminText.addUserTitle.text(language)
        case .setRole(let user): AdminText.roleTitle(user.name).text(language)
        case .addDivision(let agency): AdminText.addDivisionTitle(agency.name).text(language)
        case .renameDivision(let division): AdminText.editTitle(division.name).text(language)
        case .removeDivision(let division): AdminText.removeTitle(division.name).text(language)
        }
    }
}
