import Foundation
import Testing

@testable import InovasiCore

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test("matches the published SplitMix64 sequence for seed 0")
    func referenceSequence() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("same seed and stream give the same values; other streams and indices differ")
    func streams() {
        var first = SplitMix64(seed: 9, stream: .proposals, index: 41)
        var again = SplitMix64(seed: 9, stream: .proposals, index: 41)
        var otherIndex = SplitMix64(seed: 9, stream: .proposals, index: 42)
        var otherStream = SplitMix64(seed: 9, stream: .sessions, index: 41)
        let values = (0..<8).map { _ in first.next() }
        #expect(values == (0..<8).map { _ in again.next() })
        #expect(values != (0..<8).map { _ in otherIndex.next() })
        #expect(values != (0..<8).map { _ in otherStream.next() })
    }

    @Test("bounded draws stay in range and reach both ends")
    func bounds() {
        var rng = SplitMix64(seed: 3)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let value = rng.int(in: -2...4)
            #expect((-2...4).contains(value))
            seen.insert(value)
            #expect((0..<7).contains(rng.below(7)))
            let unit = rng.unit()
            #expect(unit >= 0 && unit < 1)
        }
        #expect(seen == Set(-2...4))
    }

    @Test("shuffle permutes, sample draws distinct elements, zero weights are never drawn")
    func collections() {
        var rng = SplitMix64(seed: 5)
        var items = Array(0..<50)
        rng.shuffle(&items)
        #expect(items.sorted() == Array(0..<50))
        #expect(items != Array(0..<50))
        let sample = rng.sample(Array(0..<10), count: 4)
        #expect(sample.count == 4 && Set(sample).count == 4)
        #expect(rng.sample([1, 2], count: 5).count == 2)
        for _ in 0..<500 { #expect(rng.weightedIndex([0, 3, 0, 1]) % 2 == 1) }
    }
}

@Suite("DemoClock")
struct DemoClockTests {
    let clock = DemoClock(now: DemoFixtures.now, zone: DemoFixtures.wib)

    @Test("days start at midnight WIB, 17:00 UTC the day before")
    func startOfDay() {
        let start = clock.startOfDay(DemoFixtures.now)
        #expect(start == Date(timeIntervalSince1970: 1_773_766_800))  // 2026-03-17T17:00:00Z
        #expect(clock.start(ofDay: clock.today) == start)
        #expect(clock.instant(day: clock.today, minutes: 600) == DemoFixtures.now)
    }

    @Test("weekdays: 18 March 2026 is a Wednesday, but cuti bersama (Nyepi); workdays are Monday to Friday")
    func weekdays() {
        #expect(clock.weekday(ofDay: clock.today) == 3)
        #expect(!clock.isWorkday(clock.today), "cuti bersama Nyepi, 18 March 2026")
        #expect(clock.isWorkday(clock.today - 1))
        #expect(!clock.isWorkday(clock.today + 3))
        #expect(!clock.isWorkday(clock.today + 4))
    }

    @Test("month starts follow WIB, not UTC")
    func months() {
        let turn = DemoClock(now: DemoFixtures.monthTurn, zone: DemoFixtures.wib)
        let first = DemoFixtures.local(turn.start(ofDay: turn.firstDayOfMonth(offsetBy: 0)))
        #expect(first.month == 2 && first.day == 1)
        let next = DemoFixtures.local(clock.start(ofDay: clock.firstDayOfMonth(offsetBy: 1)))
        #expect(next.month == 4 && next.day == 1 && next.hour == 0)
    }
}
