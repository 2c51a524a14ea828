/// Splits rectangles by constraints, so screens declare their shape instead of computing it.
///
/// Sizes are decided in two steps: fixed, percent and min parts take their size; what is left
/// goes to min and fill parts by weight (a remainder cell by cell from the first). When the room
/// is too small, parts shrink from the last one backwards, so what comes first stays whole.
public enum Layout {
    /// `area` cut into one rectangle per constraint, `spacing` cells apart.
    public static func split(
        _ area: Rect, _ direction: Direction, _ constraints: [Constraint], spacing: Int = 0
    ) -> [Rect] {
        let total = direction == .horizontal ? area.width : area.height
        let lengths = sizes(constraints, total: total, spacing: spacing)
        var offset = 0
        return lengths.map { length in
            defer { offset += length + spacing }
            switch direction {
            case .horizontal: return Rect(x: area.x + offset, y: area.y, width: length, height: area.height)
            case .vertical: return Rect(x: area.x, y: area.y + offset, width: area.width, height: length)
            }
        }
    }

    /// The length of each part when `total` cells are split by `constraints` with `spacing` between.
    public static func sizes(_ constraints: [Constraint], total: Int, spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = max(0, total - max(0, spacing) * (constraints.count - 1))
        var lengths = constraints.map { baseLength($0, available: available) }
        var used = lengths.reduce(0, +)
        if used > available {
            for index in lengths.indices.reversed() where used > available {
                let cut = min(lengths[index], used - available)
                lengths[index] -= cut
                used -= cut
            }
            return lengths
        }
        let weights = constraints.map(growthWeight)
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return lengths }
        let leftover = available - used
        var given = 0
        for index in lengths.indices {
            let share = leftover * weights[index] / totalWeight
            lengths[index] += share
            given += share
        }
        for index in lengths.indices where given < leftover && weights[index] > 0 {
            lengths[index] += 1
            given += 1
        }
        return lengths
    }

    /// A rectangle of `size` centred in `area`, shrunk to fit when `area` is smaller.
    public static func centered(_ size: Size, in area: Rect) -> Rect {
        let width = min(size.width, area.width)
        let height = min(size.height, area.height)
        return Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
            width: width, height: height)
    }

    static func baseLength(_ constraint: Constraint, available: Int) -> Int {
        switch constraint {
        case .fixed(let length), .min(let length): max(0, length)
        case .percent(let share): available * Swift.min(100, Swift.max(0, share)) / 100
        case .fill: 0
        }
    }

    static func growthWeight(_ constraint: Constraint) -> Int {
        switch constraint {
        case .fixed, .percent: 0
        case .min: 1
        case .fill(let weight): max(0, weight)
        }
    }
}
