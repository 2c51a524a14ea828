import Foundation
import InovasiCore
import Testing

@Suite("inovasi report")
struct ReportCommandTests {
    @Test("the table is aligned by display width, with the city total last")
    func table() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let result = try sandbox.run(["report"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rules = lines.indices.filter { lines[$0].hasPrefix("──") }
        #expect(rules.count == 2)
        let first = try #require(rules.first)
        let last = try #require(rules.last)
        let width = DisplayWidth.of(lines[first])
        // Header, every row and the total row end at the rule's column: the last column is right-aligned.
        for index in (first - 1)...(last + 1) {
            #expect(DisplayWidth.of(lines[index]) == width, "line \(index): \(lines[index])")
        }
        #expect(lines[first - 1].contains("Inisiatif"))
        #expect(lines[first - 1].contains("Uji Coba"))
        #expect(lines[first - 1].contains("Penerapan"))
        #expect(lines[last + 1].contains("Total kota"))
        #expect(result.stdout.contains("Kota Cilegon"))
        // A kelurahan follows its kecamatan, its name indented by two columns.
        let json = try sandbox.run(["report", "--format", "json"]).json()
        let agencies = try #require(json["agencies"] as? [[String: Any]])
        let kelurahan = try #require(agencies.first { $0["kind"] as? String == "kelurahan" })
        let code = try #require(kelurahan["opd"] as? String)
        let name = try #require(kelurahan["opdName"] as? String)
        let parent = try #require(kelurahan["parent"] as? String)
        let row = try #require(lines.firstIndex { $0.hasPrefix("\(code) ") })
        let parentRow = try #require(lines.firstIndex { $0.hasPrefix("\(parent) ") })
        #expect(parentRow < row)
        let nameColumn = try column(of: ColumnText.reportAgency.id, in: lines[first - 1])
        #expect(try column(of: name, in: lines[row]) == nameColumn + 2)
        let parentName = try #require(agencies.first { $0["opd"] as? String == parent }?["opdName"] as? String)
        #expect(try column(of: parentName, in: lines[parentRow]) == nameColumn)
    }

    /// The display column at which `text` starts in `line`.
    func column(of text: String, in line: String) throws -> Int {
        let range = try #require(line.range(of: text), "\(text) not in \(line)")
        return DisplayWidth.of(String(line[..<range.lowerBound]))
    }

    @Test("JSON has stable keys, raw values, kelurahan under a kecamatan, and a total that adds up")
    func json() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let result = try sandbox.run(["report", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try result.json()
        let agencies = try #require(document["agencies"] as? [[String: Any]])
        #expect(!agencies.isEmpty)
        let keys: Set<String> = [
            "opd", "opdName", "kind", "parent", "initiative", "trial", "implementation", "waiting", "overdue",
            "hasMainInnovation", "divisionsWithMain", "divisionsTotal",
        ]
        for row in agencies { #expect(Set(row.keys) == keys) }
        let kinds = Dictionary(agencies.map { ($0["opd"] as? String ?? "", $0["kind"] as? String ?? "") }) { a, _ in a }
        let kelurahan = agencies.filter { $0["kind"] as? String == "kelurahan" }
        #expect(!kelurahan.isEmpty)
        for row in kelurahan {
            let parent = try #require(row["parent"] as? String)
            #expect(kinds[parent] == "kecamatan")
        }
        let total = try #require(document["total"] as? [String: Any])
        let waiting = agencies.reduce(0) { $0 + ($1["waiting"] as? Int ?? 0) }
        #expect(total["waiting"] as? Int == waiting)
        #expect(total["agencies"] as? Int == agencies.count)
        #expect(document["city"] as? String == "Kota Cilegon")
        #expect(document["generatedAt"] as? String != nil)
    }

    @Test("CSV has the documented header, one row per OPD and a total row")
    func csv() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let csv = try sandbox.run(["report", "--format", "csv"])
        let json = try sandbox.run(["report", "--format", "json"])
        #expect(csv.status == 0)
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            lines.first
                == "opd,opdName,kind,parent,initiative,trial,implementation,waiting,overdue,hasMainInnovation,"
                + "divisionsWithMain,divisionsTotal")
        let agencies = try #require(try json.json()["agencies"] as? [[String: Any]])
        #expect(lines.count == agencies.count + 2)
        #expect(lines.last?.hasPrefix("TOTAL,TOTAL,total,") == true)
    }

    @Test("Markdown is a heading and a table with alignment markers")
    func markdown() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let result = try sandbox.run(["report", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("## "))
        #expect(result.stdout.contains("| :---"))
        #expect(result.stdout.contains("--: |"))
    }

    @Test("English labels with --lang en; JSON keys and values stay the same")
    func english() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let table = try sandbox.run(["report", "--lang", "en"])
        #expect(table.stdout.contains("Initiative"))
        #expect(table.stdout.contains("Implementation"))
        #expect(table.stdout.contains("City total"))
        #expect(!table.stdout.contains("Inisiatif"))
        let jsonID = try sandbox.run(["report", "--format", "json"]).json()
        let jsonEN = try sandbox.run(["report", "--format", "json", "--lang", "en"]).json()
        let rowsID = try #require(jsonID["agencies"] as? [[String: Any]])
        let rowsEN = try #require(jsonEN["agencies"] as? [[String: Any]])
        #expect(rowsID.map { $0["kind"] as? String } == rowsEN.map { $0["kind"] as? String })
        #expect(rowsID.map { Set($0.keys) } == rowsEN.map { Set($0.keys) })
    }

    @Test("a bad format is refused naming the option")
    func badFormat() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["report", "--format", "xml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--format"))
        #expect(result.stdout.isEmpty)
    }
}
