import Foundation

/// The wall times a rule gives from a first one (RFC 5545 section 3.3.10), period by period: the
/// first start always counts, COUNT counts from it, `until` stops the series.
struct ICSRecurrence {
    let start: Date
    let rule: ICSRule

    /// The most periods walked, so a rule that matches nothing (BYMONTHDAY=31 in February only)
    /// cannot loop for ever.
    static let periodLimit = 100_000

    /// Every wall time of the series up to `limit` (inclusive), in order; `until` tells when a wall
    /// time is past the rule's UNTIL.
    func wallTimes(through limit: Date, until: (Date) -> Bool) -> [Date] {
        var found: [Date] = [start]
        guard start <= limit else { return [] }
        for period in 0..<Self.periodLimit {
            guard let (periodStart, candidates) = self.period(period) else { break }
            if periodStart > limit { break }
            for candidate in candidates where candidate > start {
                if candidate > limit || until(candidate) { return found }
                found.append(candidate)
                if let count = rule.count, found.count >= count { return found }
            }
        }
        return found
    }

    /// The first wall time of period `index` (a lower bound for its candidates) and its candidates
    /// in order; nil past the calendar.
    private func period(_ index: Int) -> (Date, [Date])? {
        let p = ICSWallClock.parts(start)
        let step = index * rule.interval
        switch rule.frequency {
        case .daily:
            let day = ICSWallClock.adding(days: step, to: start)
            return (day, filtered([day]))
        case .weekly:
            let back = (p.weekday - rule.weekStart + 7) % 7
            let weekStart = ICSWallClock.adding(days: step * 7 - back, to: start)
            let weekdays = rule.byDay.isEmpty ? [p.weekday] : rule.byDay.map(\.weekday)
            let days = weekdays.map { ICSWallClock.adding(days: ($0 - rule.weekStart + 7) % 7, to: weekStart) }
            return (ICSWallClock.adding(days: -1, to: weekStart), filtered(days.sorted()))
        case .monthly:
            let months = p.month - 1 + step
            let year = p.year + months / 12
            let month = months % 12 + 1
            guard let first = ICSWallClock.wall(year, month, 1) else { return nil }
            return (first, filtered(days(year, month)))
        case .yearly:
            let year = p.year + step
            guard let first = ICSWallClock.wall(year, 1, 1) else { return nil }
            let months = rule.byMonth.isEmpty ? [p.month] : rule.byMonth.sorted()
            return (first, months.flatMap { days(year, $0) })
        }
    }

    /// The days of `month` the rule picks, at the first start's time of day.
    private func days(_ year: Int, _ month: Int) -> [Date] {
        let p = ICSWallClock.parts(start)
        let length = ICSWallClock.daysIn(year, month)
        var numbers: [Int]
        if !rule.byDay.isEmpty {
            numbers = rule.byDay.flatMap { weekdayNumbers($0, year, month, length) }
            if !rule.byMonthDay.isEmpty { numbers = numbers.filter(monthDays(length).contains) }
        } else if !rule.byMonthDay.isEmpty {
            numbers = monthDays(length)
        } else {
            numbers = p.day <= length ? [p.day] : []
        }
        return Set(numbers).sorted().compactMap { ICSWallClock.wall(year, month, $0, p.hour, p.minute, p.second) }
    }

    private func monthDays(_ length: Int) -> [Int] {
        rule.byMonthDay.map { $0 > 0 ? $0 : length + 1 + $0 }.filter { (1...length).contains($0) }
    }

    /// The days of `month` on `day`'s weekday: all of them, or the one its ordinal names.
    private func weekdayNumbers(_ day: ICSRule.Day, _ year: Int, _ month: Int, _ length: Int) -> [Int] {
        guard let first = ICSWallClock.wall(year, month, 1) else { return [] }
        let firstWeekday = ICSWallClock.parts(first).weekday
        let all = Array(stride(from: 1 + (day.weekday - firstWeekday + 7) % 7, through: length, by: 7))
        guard let ordinal = day.ordinal else { return all }
        let index = ordinal > 0 ? ordinal - 1 : all.count + ordinal
        return all.indices.contains(index) ? [all[index]] : []
    }

    /// Daily and weekly candidates limited by BYMONTH, BYMONTHDAY and (daily) BYDAY.
    private func filtered(_ days: [Date]) -> [Date] {
        days.filter { day in
            let p = ICSWallClock.parts(day)
            if !rule.byMonth.isEmpty, !rule.byMonth.contains(p.month) { return false }
            let length = ICSWallClock.daysIn(p.year, p.month)
            if !rule.byMonthDay.isEmpty, !monthDays(length).contains(p.day) { return false }
            if rule.frequency == .daily, !rule.byDay.isEmpty, !rule.byDay.contains(where: { $0.weekday == p.weekday }) {
                return false
            }
            return true
        }
    }
}
