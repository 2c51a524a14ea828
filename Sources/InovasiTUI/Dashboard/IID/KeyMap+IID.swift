import InovasiCore

extension KeyMap {
    /// An OPD's detail: `b` the IID checklist of the innovation under the cursor, `i` the planner
    /// narrowed to the OPD.
    static let iidDetailBindings: [KeyBinding] = [
        KeyBinding([.character("b")], .iidChecklistRequested, ChecklistText.open),
        KeyBinding([.character("i")], .plannerRequested, PlannerText.openAgency),
    ]

    /// The planner: `Enter` the what-if levels of the innovation under the cursor, `w` the what-if
    /// mode, `o` the next OPD (then the city).
    static let plannerBindings: [KeyBinding] = [
        KeyBinding([.enter], .whatIfEditRequested, PlannerText.changeLevels),
        KeyBinding([.character("w")], .whatIfToggled, PlannerText.whatIfKey),
        KeyBinding([.character("o")], .plannerScopeCycled, PlannerText.scope),
    ]
}
