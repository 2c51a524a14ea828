import InovasiCore

/// The queue's score cell: the mean weighted score (for ranking), and `✗` when a criterion's mean
/// is below its minimum, since PP 38/2017 makes every criterion a gate whatever the mean.
enum QueueScoreCell {
    /// "4,2", "4,2✗" (in the error colour) or "—" while no one has scored.
    static func cell(_ item: QueueItem, _ language: Language) -> TableCell {
        guard let score = item.score else { return TableCell("—") }
        let value = NumberText.decimal(score, fractionDigits: 1, language)
        return item.unmet.isEmpty ? TableCell(value) : TableCell(value + "✗", role: .error)
    }
}
