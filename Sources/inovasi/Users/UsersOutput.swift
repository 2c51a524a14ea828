import InovasiApp
import InovasiCore

/// The users of a store in the four formats.
struct UsersOutput {
    let users: [User]
    let codes: [Int64: String]
    let style: OutputStyle

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: table(markdown: false)
        case .markdown: table(markdown: true)
        case .csv: style.csv(header: UserItem.header, rows: items.map(\.fields))
        case .json: try JSONOutput.encode(items)
        }
    }

    var items: [UserItem] { users.map { UserItem($0, codes: codes) } }

    func table(markdown: Bool) -> String {
        let language = style.language
        var table = TextTable(columns: [
            TextTable.Column(OutputText.userNameHeading.text(language)),
            TextTable.Column(OutputText.userRoleHeading.text(language)),
            TextTable.Column(ColumnText.reportAgency.text(language)),
            TextTable.Column(OutputText.userDisplayHeading.text(language), maxWidth: 40),
        ])
        for item in items {
            var role = Role(rawValue: item.role)?.label.text(language) ?? item.role
            if item.external { role += " (" + OutputText.externalMark.text(language) + ")" }
            table.add([item.name, role, item.opd ?? "–", item.displayName])
        }
        if markdown { return table.markdown() }
        let notes = users.isEmpty ? OutputText.usersEmpty.text(language) + "\n" : ""
        return table.render() + notes
    }
}

/// One user under stable English keys.
struct UserItem: Encodable {
    var name: String
    var role: String
    var opd: String?
    var displayName: String
    /// An external member of the tim independen (scores, never takes or decides).
    var external: Bool

    static let header = ["name", "role", "opd", "displayName", "external"]

    init(_ user: User, codes: [Int64: String]) {
        name = user.name
        role = user.role.rawValue
        opd = user.agencyID.flatMap { codes[$0] }
        displayName = user.displayName
        external = user.isExternal
    }

    var fields: [String] { [name, role, opd ?? "", displayName, external ? "true" : "false"] }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(name, forKey: .name)
        try container.encode(role, forKey: .role)
        try container.encode(opd, forKey: .opd)
        try container.encode(displayName, forKey: .displayName)
        try container.encode(external, forKey: .external)
    }

    enum Key: String, CodingKey {
        case name, role, opd, displayName, external
    }
}
