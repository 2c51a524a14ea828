import InovasiTUI
import Testing

@testable import NcursesTerminal

@Suite("Colour mapping")
struct ColorMappingTests {
    @Test("default is -1 and indexed colours pass through at 256 colours")
    func passThrough() {
        #expect(ColorMapping.index(for: .default, depth: .palette256) == -1)
        #expect(ColorMapping.index(for: .indexed(0), depth: .palette256) == 0)
        #expect(ColorMapping.index(for: .indexed(200), depth: .palette256) == 200)
    }

    @Test("with no colour every colour is the default")
    func noColor() {
        #expect(ColorMapping.index(for: .indexed(3), depth: .none) == -1)
        #expect(ColorMapping.index(for: .rgb(255, 0, 0), depth: .none) == -1)
    }

    @Test(
        "RGB maps to the nearest cube or grey entry",
        arguments: [
            (0, 0, 0, 16), (255, 255, 255, 231), (255, 0, 0, 196), (0, 255, 0, 46), (0, 0, 255, 21),
            (128, 128, 128, 244), (8, 8, 8, 232), (238, 238, 238, 255), (95, 135, 175, 67), (100, 140, 170, 67),
        ] as [(UInt8, UInt8, UInt8, Int32)])
    func nearest(red: UInt8, green: UInt8, blue: UInt8, index: Int32) {
        #expect(ColorMapping.index(for: .rgb(red, green, blue), depth: .palette256) == index)
    }

    @Test("16 colours keep 0–15 and fit higher indices to the nearest basic colour")
    func sixteen() {
        #expect(ColorMapping.index(for: .indexed(12), depth: .sixteen) == 12)
        #expect(ColorMapping.index(for: .indexed(196), depth: .sixteen) == 9)
        #expect(ColorMapping.index(for: .rgb(0, 0, 0), depth: .sixteen) == 0)
        #expect(ColorMapping.index(for: .rgb(250, 250, 250), depth: .sixteen) == 15)
    }

    @Test("8 colours fold bright colours onto normal ones")
    func eight() {
        #expect(ColorMapping.index(for: .indexed(9), depth: .eight) == 1)
        #expect(ColorMapping.index(for: .indexed(15), depth: .eight) == 7)
        #expect(ColorMapping.index(for: .indexed(196), depth: .eight) == 1)
        #expect(ColorMapping.index(for: .rgb(0, 200, 0), depth: .eight) == 2)
    }

    @Test("without default colours, white on black stands in for -1")
    func noDefaultColors() {
        let style = Style(foreground: .default, background: .indexed(4))
        let withDefaults = ColorMapping.pairColors(style, depth: .palette256, defaultColorsAvailable: true)
        #expect(withDefaults.foreground == -1)
        #expect(withDefaults.background == 4)
        let without = ColorMapping.pairColors(Style(), depth: .eight, defaultColorsAvailable: false)
        #expect(without.foreground == 7)
        #expect(without.background == 0)
    }

    @Test("the palette's RGB round-trips through the nearest-colour search for cube and grey entries")
    func roundTrip() {
        for index in 16...255 {
            let rgb = ColorMapping.rgb(ofPaletteIndex: index)
            let found = ColorMapping.nearestPaletteIndex(
                red: UInt8(rgb.red), green: UInt8(rgb.green), blue: UInt8(rgb.blue))
            #expect(ColorMapping.rgb(ofPaletteIndex: found) == rgb, "index \(index)")
        }
    }
}

@Suite("Colour pair table")
struct ColorPairTableTests {
    @Test("default on default is pair 0 and allocates nothing")
    func defaultPair() {
        var table = ColorPairTable(colorPairs: 256)
        #expect(table.pair(foreground: -1, background: -1) == .init(number: 0, isNew: false))
        #expect(table.count == 0)
    }

    @Test("with a plain pair, default on default gets a pair of its own, numbered like the others")
    func plainPair() {
        var table = ColorPairTable(colorPairs: 256, plainPair: true)
        #expect(table.pair(foreground: 1, background: -1) == .init(number: 1, isNew: true))
        #expect(table.pair(foreground: -1, background: -1) == .init(number: 2, isNew: true))
        #expect(table.pair(foreground: -1, background: -1) == .init(number: 2, isNew: false))
        var full = ColorPairTable(colorPairs: 1, plainPair: true)
        #expect(full.pair(foreground: -1, background: -1) == .init(number: 0, isNew: false), "no pairs left: pair 0")
    }

    @Test("pairs are numbered on first use and reused afterwards")
    func reuse() {
        var table = ColorPairTable(colorPairs: 256)
        #expect(table.pair(foreground: 1, background: -1) == .init(number: 1, isNew: true))
        #expect(table.pair(foreground: -1, background: 4) == .init(number: 2, isNew: true))
        #expect(table.pair(foreground: 1, background: -1) == .init(number: 1, isNew: false))
    }

    @Test("numbers go past 255 when the terminal has the pairs")
    func beyondEightBits() {
        var table = ColorPairTable(colorPairs: 65_536)
        var last = ColorPairTable.Lookup(number: 0, isNew: false)
        for cell in 0..<300 { last = table.pair(foreground: Int32(cell % 256), background: Int32(cell / 256)) }
        #expect(last == .init(number: 300, isNew: true))
    }

    @Test("when pairs run out, new combinations fall back to pair 0")
    func exhausted() {
        var table = ColorPairTable(colorPairs: 3)
        #expect(table.pair(foreground: 1, background: 0).number == 1)
        #expect(table.pair(foreground: 2, background: 0).number == 2)
        #expect(table.pair(foreground: 3, background: 0) == .init(number: 0, isNew: false))
        #expect(table.pair(foreground: 1, background: 0) == .init(number: 1, isNew: false))
        #expect(ColorPairTable(colorPairs: 0).capacity == 0)
    }
}
