import InovasiCore

/// What the planner (`i`) shows: the year's rules, the plan's input as read, the scope (the city or
/// one OPD) and the what-if changes, which live only here and are never written.
public struct PlannerView: Hashable, Sendable {
    /// The year's rules.
    public var setup: IIDSetup
    /// The input as the store gave it.
    public var data: IIDPlanData
    /// The OPD the actions and innovations are narrowed to; nil for the whole city.
    public var agencyID: Int64?
    /// Whether the what-if mode is on: `Enter` on an innovation changes its levels in a copy.
    public var isWhatIf = false
    /// The what-if levels by innovation and indicator number; empty outside the what-if mode.
    public var whatIf: [Int64: [String: Int]] = [:]

    /// A planner over `data` for `setup`, narrowed to `agencyID` when given.
    public init(setup: IIDSetup, data: IIDPlanData, agencyID: Int64? = nil) {
        self.setup = setup
        self.data = data
        self.agencyID = agencyID
        refresh()
    }

    /// The figures last computed by ``refresh()``; derived, so no part of the view's equality.
    var cache = PlannerFiguresCache()

    /// The estimate, the ranked actions and the rows of the view as it stands: computed once per
    /// change of the input, the scope or the what-if (``refresh()``), never per frame.
    var figures: PlannerFigures { cache.figures ?? PlannerFigures(self) }

    /// Computes ``figures`` again; the reducer calls it after every change of the view.
    mutating func refresh() {
        cache.figures = nil
        cache.figures = PlannerFigures(self)
    }

    /// The input the figures are computed from: the store's, with the what-if levels applied as
    /// backed by evidence (``IIDWhatIf``: a what-if assumes the evidence will be found).
    public var input: IIDPlanInput { IIDWhatIf.apply(changes, to: data.input) }

    /// The what-if levels as changes, in a stable order.
    public var changes: [IIDLevelChange] {
        whatIf.keys.sorted().flatMap { id in
            (whatIf[id] ?? [:]).sorted { $0.key < $1.key }.map {
                IIDLevelChange(innovationID: id, indicator: $0.key, level: $0.value)
            }
        }
    }

    /// The OPDs with innovations in the plan, by name, for the scope key.
    public var agencies: [(id: Int64, name: String)] {
        var seen: [Int64: String] = [:]
        for innovation in data.input.innovations { seen[innovation.agencyID] = innovation.agencyName }
        return seen.map { (id: $0.key, name: $0.value) }.sorted { $0.name < $1.name }
    }

    /// The name of the OPD in scope, when one is.
    public var agencyName: String? {
        guard let agencyID else { return nil }
        return data.input.innovations.first { $0.agencyID == agencyID }?.agencyName
    }

    /// How many indicator levels the what-if changed.
    public var whatIfCount: Int { whatIf.values.reduce(0) { $0 + $1.count } }
}

/// The planner's input in a `Hashable` box, so it can ride on actions and overlays.
public struct IIDPlanData: Hashable, Sendable {
    /// The input as read.
    public var input: IIDPlanInput

    /// A box around `input`.
    public init(_ input: IIDPlanInput) {
        self.input = input
    }

    /// Hashes the year and the innovations' ids: equal inputs hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(input.year)
        hasher.combine(input.innovations.map(\.id))
    }
}

/// ``PlannerFigures`` kept beside the view they were computed from. Derived data: every cache is
/// equal, so two views compare by what they show, not by what was computed from it.
struct PlannerFiguresCache: Hashable, Sendable {
    var figures: PlannerFigures?

    static func == (lhs: Self, rhs: Self) -> Bool { true }

    func hash(into hasher: inout Hasher) {}
}
