import Foundation
import Testing

@testable import InovasiStore

@Suite("Store: times as stored in the file")
struct StoredTimeTests {
    /// What Foundation makes of the same time, as the reference.
    func reference(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return formatter.string(from: date)
    }

    @Test(arguments: [
        0.0, 1_796_612_400, 1_796_612_400.123, 951_782_400, 951_868_799.999, -86_400.5, 4_102_444_800,
        1_234_567_890.001,
        -2_208_988_800,
    ])
    func textMatchesFoundationAndReadsBack(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let text = StoredTime.text(date)
        #expect(text == reference(date))
        let back = try #require(StoredTime.date(text))
        #expect(abs(back.timeIntervalSince1970 - seconds) < 0.001)
        #expect(StoredTime.text(back) == text)
    }

    @Test func textSortsLikeTime() {
        let times = stride(from: -100_000_000.0, to: 2_000_000_000, by: 77_777_777.7).map {
            Date(timeIntervalSince1970: $0)
        }
        let texts = times.map(StoredTime.text)
        #expect(texts == texts.sorted())
    }

    @Test func badTextIsRefused() {
        for text in ["", "2026-12-07", "2026-13-07 00:00:00.000", "2026-12-07T00:00:00.000", "2026-12-07 00:00:00,000"]
        {
            #expect(StoredTime.date(text) == nil, "\(text)")
        }
    }

    @Test func farDatesAreHeldToFourDigitYears() {
        #expect(StoredTime.text(Date(timeIntervalSince1970: 1e13)) == "9999-12-31 23:59:59.999")
        #expect(StoredTime.text(Date(timeIntervalSince1970: -1e13)) == "0000-01-01 00:00:00.000")
    }
}
