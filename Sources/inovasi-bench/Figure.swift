/// One measured figure at one scale, with its statistics and whether it meets its budget.
struct Figure: Encodable, Sendable {
    var metric: Metric
    /// Proposals in the store it was measured on.
    var scale: Int
    var samples: Samples

    init(_ metric: Metric, scale: Int, samples: Samples) {
        self.metric = metric
        self.scale = scale
        self.samples = samples
    }

    /// The value judged against the budget: the p99.
    var judged: Double { samples.p99 }

    /// Whether the figure meets its budget; nil when it has none.
    var met: Bool? { metric.budget.map { judged <= $0 } }

    enum Key: String, CodingKey {
        case metric, scale, unit, count, median, p99, budget, met
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(metric, forKey: .metric)
        try container.encode(scale, forKey: .scale)
        try container.encode(metric.unit, forKey: .unit)
        try container.encode(samples.count, forKey: .count)
        try container.encode(Self.rounded(samples.median), forKey: .median)
        try container.encode(Self.rounded(samples.p99), forKey: .p99)
        try container.encode(metric.budget, forKey: .budget)
        try container.encode(met, forKey: .met)
    }

    /// Three decimals are more than the clock's noise; JSON stays readable.
    static func rounded(_ value: Double) -> Double {
        (value * 1_000).rounded() / 1_000
    }
}
