import InovasiCore

/// Where a key is pressed: which table of bindings applies.
public enum KeyContext: Hashable, Sendable {
    case pane(PaneID)
    /// The calendar pane in one of its views: the same keys move days, weeks or the session cursor
    /// depending on the view, so each view has its own table and its hints and help say what the
    /// keys do there.
    case calendar(CalendarView)
    /// A session day's detail: the cursor over its sessions, scrolling, search.
    case overlay
    /// An OPD's detail: as ``overlay``, and `Enter` opens the proposal under the cursor.
    case agencyDetail
    /// The help overlay: scroll and close it; search does not reach it.
    case help
    case prompt
    /// The unattended kiosk: stray keys are ignored.
    case kiosk
    /// A proposal's detail: scroll, and the review keys.
    case proposalDetail
    /// A form, on a field that does not take typing (a choice, yes/no, a grid, the save button).
    case form
    /// A form, on a field that takes typing: printable keys go into the field.
    case textInput
    /// The audit view: the cursor over a page of entries, the pages, the filter.
    case audit
    /// The administration view and an OPD's bidang under it.
    case admin
    /// The IID planner: the cursor over its innovations, the scope, the what-if mode.
    case planner
}

/// One binding: the keys, the action they ask for, and the help text (`?` shows it).
public struct KeyBinding: Hashable, Sendable {
    /// Keys that all ask for the action, listed together in the help.
    public var keys: [Key]
    /// What the keys ask the reducer to do.
    public var action: DashboardAction
    /// What the binding does, in both languages, for the help overlay.
    public var help: Localized

    public init(_ keys: [Key], _ action: DashboardAction, _ help: Localized) {
        self.keys = keys
        self.action = action
        self.help = help
    }
}

/// The one table from keys to actions, per context; the help overlay is generated from it,
/// so it can never disagree with the real bindings.
public struct KeyMap: Hashable, Sendable {
    /// Bindings that hold in every context but the prompt.
    public var global: [KeyBinding]
    /// Bindings of each context, checked before the global ones.
    public var contexts: [KeyContext: [KeyBinding]]

    public init(global: [KeyBinding], contexts: [KeyContext: [KeyBinding]]) {
        self.global = global
        self.contexts = contexts
    }

    /// Whether the global bindings hold in `context`: not while typing, in a form or in the kiosk.
    public static func takesGlobal(_ context: KeyContext) -> Bool {
        ![.prompt, .kiosk, .form, .textInput].contains(context)
    }

    /// Global actions that do nothing in `context`, so they are neither looked up nor shown there:
    /// search does not reach the help.
    public static func ignored(in context: KeyContext) -> [DashboardAction] {
        context == .help ? [.searchStarted, .nextMatchShown, .previousMatchShown] : []
    }

    /// The bindings that apply in `context`, its own first, each with only the keys it holds there.
    /// The help, the hints and the key lookup all read this, so what is shown is what is in force.
    public func bindings(in context: KeyContext) -> [KeyBinding] {
        let split = inForce(in: context)
        return split.own + split.global
    }

    /// The bindings in force in `context`, its own apart from the global ones: a key bound twice
    /// belongs to the first binding (a context binding wins over a global one), and a binding left
    /// with no key is dropped.
    public func inForce(in context: KeyContext) -> (own: [KeyBinding], global: [KeyBinding]) {
        var seen: Set<Key> = []
        let own = Self.claim(contexts[context] ?? [], &seen)
        guard Self.takesGlobal(context) else { return (own, []) }
        let ignored = Self.ignored(in: context)
        return (own, Self.claim(global.filter { !ignored.contains($0.action) }, &seen))
    }

    /// `bindings` with every key already in `seen` removed, the keys kept added to `seen`.
    static func claim(_ bindings: [KeyBinding], _ seen: inout Set<Key>) -> [KeyBinding] {
        bindings.compactMap { binding in
            var binding = binding
            binding.keys = binding.keys.filter { seen.insert($0).inserted }
            return binding.keys.isEmpty ? nil : binding
        }
    }

    /// The action `key` asks for in `context`; in the prompt and in a form, a printable character
    /// is typed (in a form: into the text, or a digit or `y`/`n` for a choice).
    public func action(for key: Key, in context: KeyContext) -> DashboardAction? {
        if let binding = bindings(in: context).first(where: { $0.keys.contains(key) }) {
            return binding.action
        }
        guard case .character(let character) = key else { return nil }
        switch context {
        case .prompt: return .searchTyped(character)
        case .textInput, .form: return .form(.typed(character))
        default: return nil
        }
    }

    /// The context of `state`: the prompt, an overlay, or the focused pane (the calendar in its view).
    public static func context(of state: DashboardState) -> KeyContext {
        if state.context.isKiosk { return .kiosk }
        if let form = state.form { return form.isEditingText ? .textInput : .form }
        if state.prompt != nil { return .prompt }
        if state.topOverlay?.kind == .help { return .help }
        if case .proposal = state.topOverlay?.kind { return .proposalDetail }
        if case .agency = state.topOverlay?.kind { return .agencyDetail }
        if case .audit = state.topOverlay?.kind { return .audit }
        if case .admin = state.topOverlay?.kind { return .admin }
        if case .adminAgency = state.topOverlay?.kind { return .admin }
        if case .planner = state.topOverlay?.kind { return .planner }
        if !state.overlays.isEmpty { return .overlay }
        if state.focus == .calendar { return .calendar(state.calendar.view) }
        return .pane(state.focus)
    }
}
