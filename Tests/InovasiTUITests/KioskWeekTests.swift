import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// A week of the kiosk in a few seconds: the injected clock drives a tick every 30 s of simulated
/// time over the in-memory terminal, and nothing may grow.
@Suite("Kiosk: a simulated week stays the same size")
struct KioskWeekTests {
    /// What one simulated day left: the state's size at its end, the most cells a tick changed, the frames drawn.
    struct Day: Equatable {
        var stateSize = 0
        var cellsPerTick = 0
        var frames = 0
    }

    /// The cells that differ between two frames of one size: what ncurses would have to send.
    static func changedCells(_ old: Canvas?, _ new: Canvas) -> Int {
        guard let old, old.size == new.size else { return new.cells.count }
        return zip(old.cells, new.cells).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
    }

    /// The size of everything the state holds, written out.
    static func size(_ state: DashboardState) -> Int {
        String(describing: state).utf8.count
    }

    @Test("7 days of ticks every 30 s: the state, the checks and the output per tick of the last day match the first's")
    func week() {
        let kiosk = KioskHarness(width: 80, height: 25, interval: 300)
        let checksBefore = kiosk.data.fileChecks
        var days: [Day] = []
        let ticksPerDay = 86_400 / 30
        for _ in 0..<7 {
            var day = Day()
            for _ in 0..<ticksPerDay {
                let before = kiosk.terminal.lastCanvas
                let frames = kiosk.terminal.frameCount
                kiosk.tick(30)
                if kiosk.terminal.frameCount > frames, let after = kiosk.terminal.lastCanvas {
                    day.frames += 1
                    day.cellsPerTick = max(day.cellsPerTick, Self.changedCells(before, after))
                }
            }
            day.stateSize = Self.size(kiosk.runtime.state)
            days.append(day)
        }
        #expect(days.count == 7)
        #expect(kiosk.data.fileChecks - checksBefore == 7 * ticksPerDay)
        #expect(kiosk.runtime.state.flash == nil)
        #expect(kiosk.runtime.state.overlays.isEmpty)
        #expect(kiosk.runtime.state.scoreDrafts.isEmpty)
        #expect(kiosk.runtime.state.kioskUpkeep.unlockTyped == 0)
        let first = days[1]
        let last = days[6]
        #expect(last.stateSize <= first.stateSize, "state \(first.stateSize) → \(last.stateSize)")
        #expect(last.cellsPerTick <= first.cellsPerTick, "cells \(first.cellsPerTick) → \(last.cellsPerTick)")
        #expect(last.frames == first.frames, "frames \(first.frames) → \(last.frames)")
        // The next-page bar grows every tick (80 cells over the 5 minutes of a page), so each tick
        // draws once, and never more.
        #expect(first.frames <= 24 * 60 * 2, "frames \(first.frames)")
    }
}
