/// Bentuk: the form of an innovation under PP 38/2017.
public enum InnovationForm: String, Codable, CaseIterable, Sendable {
    /// Tata kelola pemerintahan daerah.
    case governance
    /// Pelayanan publik.
    case publicService
    /// Inovasi daerah lainnya sesuai urusan pemerintahan.
    case otherAffairs
}

/// Jenis: whether an innovation is digital, as the national IID application records it.
public enum InnovationKind: String, Codable, CaseIterable, Sendable {
    case digital
    case nonDigital
}

/// Tahapan: the stage of an innovation; the order is the order of progress.
public enum Stage: String, Codable, CaseIterable, Sendable, Comparable {
    /// Inisiatif.
    case initiative
    /// Uji coba.
    case trial
    /// Penerapan.
    case implementation

    /// Position in the ordered life of an innovation.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Orders stages by progress, so "at least uji coba" is a plain comparison.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

/// Inisiator: who started an innovation (the five kinds of PP 38/2017).
public enum InitiatorKind: String, Codable, CaseIterable, Sendable {
    case regionalHead
    case councilMember
    case civilServant
    case agency
    case citizen
}

/// Mode of a mentoring session.
public enum SessionMode: String, Codable, CaseIterable, Sendable {
    case offline, online, hybrid
}

/// The five stages of the Laboratorium Inovasi (LAN RI) a mentoring session can belong to.
public enum LabStage: String, Codable, CaseIterable, Sendable {
    case drumUp, diagnose, design, deliver, display

    /// The stage as people type it: `drum-up`, `diagnose` …; also accepts the stored spelling.
    public init?(typed: String) {
        let key = typed.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
        guard let stage = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
        self = stage
    }

    /// The spelling used on the command line and in the Laboratorium's own material.
    public var typed: String { self == .drumUp ? "drum-up" : rawValue }
}

/// Life of a mentoring session.
public enum SessionStatus: String, Codable, CaseIterable, Sendable {
    case scheduled, done, cancelled
}

/// Roles per Unix user; decide what a person may change.
public enum Role: String, Codable, CaseIterable, Sendable {
    case admin, reviewer, supervisor, viewer
    /// Operator OPD: enters and corrects its own OPD's proposals (``ProposalAct``) and nothing else;
    /// a user of this role always names the OPD it works for.
    case `operator`

    /// Whether this role may take, score and decide proposals.
    public var canReview: Bool { self == .admin || self == .reviewer }
    /// Whether this role may manage users and reference data.
    public var canAdminister: Bool { self == .admin }
    /// Whether a user of this role must name the OPD they work for (the operator acts only for it).
    public var needsAgency: Bool { self == .operator }
}
