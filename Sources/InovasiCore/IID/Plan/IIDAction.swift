/// One concrete step that would raise the estimated index, with the index points it adds
/// (issue 15 point 5). The gain is exact under the rules: ``apply(to:formula:)`` gives the input the
/// step would make, and the estimate of that input is the current index plus ``gain``.
public struct IIDAction: Sendable, Equatable {
    /// What the step is.
    public enum Kind: Sendable, Equatable {
        /// Raise an indicator (SID of an innovation, or SPD of the region) from a level to a
        /// higher one, with its document.
        case raise(indicator: String, from: Int, to: Int)
        /// Add the document of a level already chosen (the indicator scores 0 without it).
        case addEvidence(indicator: String, level: Int)
        /// Send a new innovation in each of these basic-service affairs, so the number score
        /// counts again; the gain assumes they score 0 on SID until their evidence is entered.
        case addInnovations(affairs: [String])
        /// Leave an innovation out of what is sent: its low SID score pulls the average down more
        /// than its number points add (only when the count stays above the minimum divisor).
        case leaveOut
    }

    /// The step.
    public var kind: Kind
    /// The innovation it is about; nil for the region's SPD and for new innovations.
    public var innovationID: Int64?
    /// The innovation's name (blank when none).
    public var innovationTitle: String
    /// The OPD responsible; nil for a step of the region as a whole.
    public var agencyID: Int64?
    /// The OPD's short name (blank when none).
    public var agencyName: String
    /// The indicator's name for a raise or an evidence step (blank otherwise).
    public var indicatorName: String
    /// Whether the indicator is mandatory (an innovation without it is flagged).
    public var mandatory: Bool
    /// The index points the step adds.
    public var gain: Double

    /// An action as ranked.
    public init(
        kind: Kind, innovationID: Int64? = nil, innovationTitle: String = "", agencyID: Int64? = nil,
        agencyName: String = "", indicatorName: String = "", mandatory: Bool = false, gain: Double
    ) {
        self.kind = kind
        self.innovationID = innovationID
        self.innovationTitle = innovationTitle
        self.agencyID = agencyID
        self.agencyName = agencyName
        self.indicatorName = indicatorName
        self.mandatory = mandatory
        self.gain = gain
    }

    /// The input after the step, a copy: the proof of ``gain`` and the what-if's "apply".
    public func apply(to input: IIDPlanInput, formula: IIDFormula) -> IIDPlanInput {
        var next = input
        switch kind {
        case .raise(let indicator, _, let level), .addEvidence(let indicator, let level):
            next = IIDWhatIf.apply(
                [IIDLevelChange(innovationID: innovationID, indicator: indicator, level: level)], to: next)
        case .addInnovations(let affairs):
            let newest = (input.innovations.map(\.id).min() ?? 0)
            for (offset, affair) in affairs.enumerated() {
                next.innovations.append(
                    IIDInnovationFacts(
                        id: min(newest, 0) - 1 - Int64(offset), title: affair, agencyID: 0, agencyName: "",
                        affairs: [affair], stage: formula.rules.requiredStage ?? .implementation,
                        implementedOn: formula.window.to))
            }
        case .leaveOut:
            next.innovations.removeAll { $0.id == innovationID }
        }
        return next
    }
}
