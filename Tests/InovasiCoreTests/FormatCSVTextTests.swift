import InovasiCore
import Testing

@Suite("CSVText")
struct FormatCSVTextTests {
    @Test("leaves plain fields alone and quotes fields with comma, quote, CR or LF")
    func quoting() {
        #expect(CSVText.field("Dinas Kesehatan") == "Dinas Kesehatan")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.field("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(CSVText.field("") == "")
        #expect(CSVText.field("城市, 🚀") == "\"城市, 🚀\"")
    }

    @Test("ends every record in CRLF, header first")
    func document() {
        let text = CSVText.document(header: ["id", "title"], rows: [["1", "x,y"], ["2", "z"]])
        #expect(text == "id,title\r\n1,\"x,y\"\r\n2,z\r\n")
    }
}
