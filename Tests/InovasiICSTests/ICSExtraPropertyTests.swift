import Foundation
import Testing

@testable import InovasiICS

/// `X-` properties: written escaped and folded like any text, parameters quoted when they must be,
/// read back in file order with their parameters; the event remembers its line.
@Suite("ICS extra properties")
struct ICSExtraPropertyTests {
    static let event = ICSEvent(
        uid: "x-1", start: ICSTestSupport.date(2026, 12, 7, 9), end: ICSTestSupport.date(2026, 12, 7, 11),
        summary: "Klinik",
        extras: [
            ICSExtraProperty("x-inovasi-speaker", "Dr. Siti, M.Si.; LAN"),
            ICSExtraProperty("X-INOVASI-OPD", "DINKES"),
            ICSExtraProperty("X-INOVASI-OPD", "DISDIKBUD"),
            ICSExtraProperty(
                "X-INOVASI-INNOVATION", String(repeating: "Inovasi “pelayanan” ", count: 6),
                parameters: ["OPD": "DINKES", "NOTE": "a:b"]),
        ])

    @Test func extrasAreEscapedFoldedAndReadBack() throws {
        let text = ICSWriter(
            productID: "-//t//EN", zone: ICSTestSupport.jakarta, stamp: ICSTestSupport.date(2026, 12, 1)
        )
        .write([Self.event])
        #expect(text.contains("X-INOVASI-SPEAKER:Dr. Siti\\, M.Si.\\; LAN\r\n"))
        #expect(text.contains("X-INOVASI-INNOVATION;NOTE=\"a:b\";OPD=DINKES:Inovasi"))
        #expect(ICSTestSupport.physicalLines(text).allSatisfy { $0.utf8.count <= 75 })
        let read = try ICSTestSupport.read(text)
        #expect(read.count == 1)
        #expect(read[0].extras == Self.event.extras)
        #expect(read[0].extras(named: "X-INOVASI-OPD").map(\.value) == ["DINKES", "DISDIKBUD"])
        #expect(read[0].extra("X-INOVASI-SPEAKER") == "Dr. Siti, M.Si.; LAN")
        let begin = try #require(ICSTestSupport.physicalLines(text).firstIndex { $0 == "BEGIN:VEVENT" })
        #expect(read[0].line == begin + 1)
    }
}
