/// The names contexts have in the config file's `keys:` section and in `inovasi config keys`.
///
/// They are stable identifiers, written in the file by people: renaming one breaks their files.
extension KeyContext {
    /// Every context by its name, in the order `config keys` lists them; `global` (nil) first, for
    /// the bindings that hold in every context that takes them.
    public static let configNames: [(name: String, context: KeyContext?)] = [
        ("global", nil), ("progress", .pane(.progress)), ("queue", .pane(.queue)),
        ("calendarMonth", .calendar(.month)), ("calendarWeek", .calendar(.week)),
        ("calendarAgenda", .calendar(.agenda)), ("dayDetail", .overlay), ("opdDetail", .agencyDetail),
        ("proposalDetail", .proposalDetail), ("audit", .audit), ("admin", .admin), ("planner", .planner),
        ("help", .help),
        ("search", .prompt), ("form", .form), ("textInput", .textInput), ("kiosk", .kiosk),
    ]

    /// The context named `name` in the config; `.some(nil)` is `global`, nil a name it does not know.
    public static func named(_ name: String) -> KeyContext?? {
        configNames.first { $0.name == name }.map { $0.context }
    }
}
