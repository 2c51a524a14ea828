/// A family of innovations about one problem: its names and the phrases text is built from.
///
/// Phrases are written to slot into the sentence templates of ``ProposalSentences``: `service`,
/// `target`, `outcome` and `metric` are noun phrases, `problem` and `change` are clauses.
struct InnovationTheme: Sendable {
    /// One name an innovation of this theme may carry.
    struct Name: Sendable {
        let title: String
        let isDigital: Bool
    }

    /// Urusan; one of `Settings.standardAffairs`.
    let affair: String
    let form: InnovationForm
    /// Template codes of the agencies that run such innovations (`DINKES`, `KEC`, `KEL`…).
    let agencies: [String]
    let names: [Name]
    /// "layanan akta kelahiran".
    let service: String
    /// "orang tua bayi baru lahir".
    let target: String
    /// What goes wrong today, as a clause.
    let problem: String
    /// What the innovation changes, as a clause.
    let change: String
    /// "kecepatan penerbitan dokumen kependudukan".
    let outcome: String
    /// A share that can be counted in percent: "akta kelahiran yang terbit dalam tiga hari kerja".
    let metric: String
    /// `target` with a capital first letter, for the start of a sentence.
    let capitalizedTarget: String
    /// `change` with a capital first letter.
    let capitalizedChange: String

    init(
        affair: String, form: InnovationForm, agencies: [String], names: [Name], service: String,
        target: String, problem: String, change: String, outcome: String, metric: String
    ) {
        self.affair = affair
        self.form = form
        self.agencies = agencies
        self.names = names
        self.service = service
        self.target = target
        self.problem = problem
        self.change = change
        self.outcome = outcome
        self.metric = metric
        capitalizedTarget = Self.capitalizeFirst(target)
        capitalizedChange = Self.capitalizeFirst(change)
    }

    /// The text with its first character in upper case.
    static func capitalizeFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A one- or two-sentence summary for an innovation of this theme.
    var summary: String {
        "\(capitalizedChange). Sasaran utamanya \(target)."
    }
}

extension InnovationTheme.Name {
    /// A digital name in the catalogue.
    static func digital(_ title: String) -> Self { Self(title: title, isDigital: true) }

    /// A non-digital name in the catalogue.
    static func manual(_ title: String) -> Self { Self(title: title, isDigital: false) }
}
