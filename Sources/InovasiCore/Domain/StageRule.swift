import Foundation

/// A change of an innovation's tahapan asked for by a person.
public enum StageMove: Hashable, Sendable {
    /// One step forward: inisiatif → uji coba → penerapan.
    case advance
    /// Back to an earlier stage, to correct a mistake; needs a note.
    case back(to: Stage)
}

/// Why a stage move is refused; the store names it under the field `stage`.
public enum StageRefusal: Error, Hashable, Sendable {
    /// The innovation is at penerapan already.
    case atLastStage
    /// The innovation was stopped; it cannot advance.
    case stopped
    /// `stage` named a stage that is not before the current one.
    case notBackward(from: Stage, to: Stage)
    /// Moving back needs a note saying why.
    case noteRequired
}

extension Stage {
    /// The stage after this one, nil at penerapan.
    public var next: Stage? {
        let all = Self.allCases
        return order + 1 < all.count ? all[order + 1] : nil
    }
}

/// The one place that says how an innovation's stage may change and who may change it.
///
/// The store checks these inside its transaction; the command line and (later) the dashboard
/// quote the refusals.
public enum StageRule {
    /// Whether a person of `role` may make `move`: advancing is for admins and reviewers (later
    /// also the OPD's operator), moving back for admins only.
    public static func isAllowed(_ move: StageMove, for role: Role) -> Bool {
        switch move {
        case .advance: role.canReview
        case .back: role.canAdminister
        }
    }

    /// The stage `move` leads to from `stage`, or why it may not happen.
    public static func target(
        of move: StageMove, from stage: Stage, stopped: Bool, note: String
    ) -> Result<Stage, StageRefusal> {
        switch move {
        case .advance:
            if stopped { return .failure(.stopped) }
            guard let next = stage.next else { return .failure(.atLastStage) }
            return .success(next)
        case .back(let target):
            guard target < stage else { return .failure(.notBackward(from: stage, to: target)) }
            guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                return .failure(.noteRequired)
            }
            return .success(target)
        }
    }
}
