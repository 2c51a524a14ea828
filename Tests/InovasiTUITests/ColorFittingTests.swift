import InovasiTUI
import Testing

@Suite("Colour fitting")
struct ColorFittingTests {
    @Test("Colours of the xterm cube and grey ramp map to their own index")
    func exact256() {
        #expect(ColorFitting.nearest256(RGBColor(0x000000)) == 16)
        #expect(ColorFitting.nearest256(RGBColor(0xFFFFFF)) == 231)
        #expect(ColorFitting.nearest256(RGBColor(0x5FAFFF)) == 75)
        #expect(ColorFitting.nearest256(RGBColor(0x1C1C1C)) == 234)
        #expect(ColorFitting.nearest256(RGBColor(0x808080)) == 244)
        for index in UInt8(16)...255 {
            #expect(ColorFitting.nearest256(ColorFitting.rgb(ofIndex: index)) == index || isDuplicateGrey(index))
        }
    }

    /// Cube greys (16, 59, 102 …) and ramp greys can coincide; either index is right.
    private func isDuplicateGrey(_ index: UInt8) -> Bool {
        let color = ColorFitting.rgb(ofIndex: index)
        return color.red == color.green && color.green == color.blue
            && ColorFitting.rgb(ofIndex: ColorFitting.nearest256(color)) == color
    }

    @Test("Near colours go to the nearest cube or grey entry")
    func near256() {
        #expect(ColorFitting.nearest256(RGBColor(0x5EB0FD)) == 75)
        #expect(ColorFitting.nearest256(RGBColor(0x7A7A7A)) == 243)
        #expect(ColorFitting.nearest256(RGBColor(0xFE0102)) == 196)
    }

    @Test("Sixteen colours: bright and dark variants are told apart")
    func sixteen() {
        #expect(ColorFitting.nearest16(RGBColor(0xFF0000)) == 9)
        #expect(ColorFitting.nearest16(RGBColor(0xC00000)) == 1)
        #expect(ColorFitting.nearest16(RGBColor(0x1C1C1C)) == 0)
        #expect(ColorFitting.nearest16(RGBColor(0x808080)) == 8)
        #expect(ColorFitting.nearest16(RGBColor(0xFAFAFA)) == 15)
        #expect(ColorFitting.nearest16(RGBColor(0xE0E0E0)) == 7)
        #expect(ColorFitting.nearest16(RGBColor(0x87D787)) == 10)
        #expect(ColorFitting.nearest16(RGBColor(0x009E73)) == 2)
        #expect(ColorFitting.nearest16(RGBColor(0x5FAFFF)) == 12)
    }

    @Test("Eight colours: the basic hue wins, even for pastel and dark colours")
    func eight() {
        #expect(ColorFitting.nearest8(RGBColor(0xE69F00)) == 3)
        #expect(ColorFitting.nearest8(RGBColor(0xCC79A7)) == 5)
        #expect(ColorFitting.nearest8(RGBColor(0x5FC4C4)) == 6)
        #expect(ColorFitting.nearest8(RGBColor(0x1D2B38)) == 0)
        #expect(ColorFitting.nearest8(RGBColor(0xFF5F5F)) == 1)
        #expect(ColorFitting.nearest8(RGBColor(0x87D787)) == 2)
        #expect(ColorFitting.nearest8(RGBColor(0x005FAF)) == 4)
        #expect(ColorFitting.nearest8(RGBColor(0xD0D0D0)) == 7)
        #expect(ColorFitting.nearest8(RGBColor(0x303030)) == 0)
        #expect(ColorFitting.nearest8(RGBColor(0xFFFFFF)) == 7)
    }

    @Test("Fitting follows the depth; no colour at all without colour")
    func fitToDepth() {
        let color = RGBColor(0x5FAFFF)
        #expect(ColorFitting.fit(color, to: .trueColor) == .rgb(0x5F, 0xAF, 0xFF))
        #expect(ColorFitting.fit(color, to: .palette256) == .indexed(75))
        #expect(ColorFitting.fit(color, to: .none) == nil)
        #expect(ColorFitting.contrasting(RGBColor(0xFFFF00), depth: .eight) == .indexed(0))
        #expect(ColorFitting.contrasting(RGBColor(0x000080), depth: .sixteen) == .indexed(15))
    }
}
