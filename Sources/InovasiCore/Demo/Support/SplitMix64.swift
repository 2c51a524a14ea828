/// A small seedable generator (SplitMix64) so demo data is identical on every machine and run.
///
/// `SystemRandomNumberGenerator` cannot be replayed, so demo code never uses it. The helpers below
/// are written here rather than taken from the standard library so that the sequence does not
/// change when the toolchain's sampling algorithms do.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    private static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    init(seed: UInt64) {
        state = seed
    }

    /// An independent generator for item `index` of a named `stream` of `seed`; replaying the same
    /// three numbers gives the same values, so proposal `i` can be made on its own.
    init(seed: UInt64, stream: DemoStream, index: UInt64 = 0) {
        let streamKey = Self.mix(stream.rawValue &* Self.golden &+ 1)
        let indexKey = Self.mix(index &* 0xD1B5_4A32_D192_ED03 &+ streamKey)
        state = Self.mix(seed ^ indexKey)
    }

    mutating func next() -> UInt64 {
        state &+= Self.golden
        return Self.mix(state)
    }

    /// The SplitMix64 output function: a bijective scramble of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection, so no bias).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold {
                product = next().multipliedFullWidth(by: limit)
            }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform value in `0 ..< 1` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array.
    mutating func element<T>(of array: [T]) -> T {
        array[below(array.count)]
    }

    /// The index drawn with chance proportional to its weight (weights must not all be zero).
    mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var roll = below(total)
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    /// Fisher–Yates shuffle in place.
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(index, below(index + 1))
        }
    }

    /// `count` distinct elements in random order (all of them when the array is shorter).
    mutating func sample<T>(_ array: [T], count: Int) -> [T] {
        var copy = array
        shuffle(&copy)
        return Array(copy.prefix(max(0, count)))
    }
}

/// Independent random streams of one seed, so adding draws to one part never shifts another.
enum DemoStream: UInt64, Sendable {
    case agencies = 1
    case divisions
    case innovations
    case statusBlocks
    case proposals
    case sessions
    case nationalAgencies
    case nationalInnovations
    case proposalAgencyPool
    /// The IID profile and dated stage history of each innovation (by id).
    case innovationDetails
    /// The regional sessions of the national scale (``NationalSessionBuilder``).
    case nationalSessions
    /// Each session's link, attendance, follow-up and edits (by id, ``SessionDetails``).
    case sessionDetails
    /// The city's mentoring held before the calendar (``SessionBuilder/archive()``).
    case sessionArchive
    /// The demo's IID evidence (by innovation id, ``IIDEvidenceBuilder``).
    case iidEvidence
}
