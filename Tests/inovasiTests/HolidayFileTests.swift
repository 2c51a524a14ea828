import Foundation
import Testing

/// The office's `holidays.yaml` in the config folder replaces the shipped holidays; a bad one is
/// refused naming its line, and nothing is saved.
@Suite("CLI: the holiday file")
struct HolidayFileTests {
    @Test("a day of the office's file warns; a shipped holiday it leaves out does not")
    func officeFileReplacesTheShippedList() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        _ = try sandbox.writeConfig(
            """
            # Hari libur kantor
            holidays:
              - date: 2030-03-05
                name: Hari Jadi Kota Cilegon
                unverified: true
              - date: 2030-03-06
                name: Cuti bersama uji
                cuti_bersama: true
            """, name: "holidays.yaml")
        let office = try sandbox.run(SessionsCommandTests.add(["--data", store, "--lang", "en"]))
        #expect(office.status == 0, "\(office.stderr)")
        #expect(office.stderr.contains("Hari Jadi Kota Cilegon"), "\(office.stderr)")
        let christmas = try sandbox.run(
            SessionsCommandTests.add(["--data", store, "--lang", "en"]).map { $0 == "2030-03-05" ? "2027-12-24" : $0 })
        #expect(christmas.status == 0, "\(christmas.stderr)")
        #expect(
            !christmas.stderr.contains("holiday") && !christmas.stderr.contains("collective"), "\(christmas.stderr)")
    }

    @Test("a bad holiday file is refused with its line and the session is not saved")
    func badFileNamesTheLine() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let path = try sandbox.writeConfig(
            """
            holidays:
              - date: 2030-03-05
                name: Hari Jadi
              - date: 2030-02-30
                name: Tanggal mustahil
            """, name: "holidays.yaml")
        let before = try sandbox.run(SessionsCommandTests.all + ["--data", store]).stdout
        let result = try sandbox.run(SessionsCommandTests.add(["--data", store, "--lang", "en"]))
        #expect(result.status == 1)
        #expect(result.stderr.contains(path) && result.stderr.contains("line 4"), "\(result.stderr)")
        #expect(try sandbox.run(SessionsCommandTests.all + ["--data", store]).stdout == before)
    }
}
