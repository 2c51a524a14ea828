import Foundation
import InovasiCore
import Testing

@Suite("Demo data: determinism")
struct DemoDeterminismTests {
    private func expectEqual(_ left: DemoDataSet, _ right: DemoDataSet) {
        #expect(left.agencies == right.agencies)
        #expect(left.divisions == right.divisions)
        #expect(left.users == right.users)
        #expect(left.innovations == right.innovations)
        #expect(left.sessions == right.sessions)
        #expect(left.proposalCount == right.proposalCount)
        #expect(Array(left.proposals()) == Array(right.proposals()))
    }

    @Test("same scale, seed and now give identical data", arguments: [DemoScale.city, .national])
    func sameInputs(scale: DemoScale) {
        let count = scale == .city ? nil : 300
        let first = DemoGenerator.make(scale: scale, seed: 11, now: DemoFixtures.now, proposalCount: count)
        let second = DemoGenerator.make(scale: scale, seed: 11, now: DemoFixtures.now, proposalCount: count)
        expectEqual(first, second)
    }

    @Test("a different seed gives different data")
    func otherSeed() {
        let first = DemoFixtures.city(seed: 1)
        let second = DemoFixtures.city(seed: 2)
        #expect(first.innovations != second.innovations)
        #expect(first.sessions != second.sessions)
        #expect(Array(first.proposals()) != Array(second.proposals()))
        #expect(first.agencies.map(\.code) == second.agencies.map(\.code), "the city itself stays the city")
    }

    @Test("the sequence replays: streaming twice and picking by index give the same proposals")
    func replay() {
        let data = DemoFixtures.city()
        let streamed = Array(data.proposals())
        #expect(Array(data.proposals()) == streamed)
        for index in [0, 17, 119] { #expect(data.proposal(at: index) == streamed[index]) }
    }

    @Test("dates move with now, so the demo always looks current")
    func followsNow() {
        let later = DemoFixtures.now.addingTimeInterval(400 * 86_400)
        let data = DemoFixtures.city(now: later)
        #expect(data.sessions.contains { $0.startsAt > later })
        let waiting = data.proposals().filter { $0.proposal.status.isWaiting }
        #expect(waiting.allSatisfy { later.timeIntervalSince($0.proposal.submittedAt) < 130 * 86_400 })
    }
}
