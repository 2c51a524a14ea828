import InovasiCore
import Testing

@Suite("TextTable")
struct FormatTextTableTests {
    func sample() -> TextTable {
        var table = TextTable(columns: [
            TextTable.Column("Nama"), TextTable.Column("Jumlah", alignment: .right),
        ])
        table.add(["Dinas Kesehatan", "1.250"])
        table.add(["城市创新", "7"])
        table.add(["Posyantek 🚀", "12"])
        table.addRule()
        table.add(["Total", "1.269"])
        return table
    }

    @Test("aligns columns by display width with CJK and emoji")
    func alignment() {
        let lines = sample().render().split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        // Every row ends at the same display column, since the number column is right-aligned.
        let widths = lines.map { DisplayWidth.of($0) }
        #expect(Set(widths).count == 1, "widths \(widths)")
        #expect(lines[0] == "Nama             Jumlah")
        #expect(lines[3] == "城市创新              7")
        #expect(lines[4] == "Posyantek 🚀         12")
        #expect(lines[1] == String(repeating: "─", count: 23))
        #expect(lines[5] == lines[1])
    }

    @Test("cleans control characters and escape sequences out of cells")
    func sanitises() {
        var table = TextTable(columns: [TextTable.Column("A")])
        table.add(["evil\u{1B}[2Jtitle\nnext"])
        let text = table.render()
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("evil␛[2Jtitle\(Sanitizer.newlinePlaceholder)next"))
        #expect(text.split(separator: "\n").count == 3)
    }

    @Test("cuts cells at the column's limit by display width")
    func truncates() {
        var table = TextTable(columns: [TextTable.Column("T", maxWidth: 6), TextTable.Column("N")])
        table.add(["创新创新创新", "1"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines[2] == "创新…  1")
        #expect(TextLayout.truncate("abcdef", toWidth: 6) == "abcdef")
        #expect(TextLayout.truncate("abcdefg", toWidth: 6) == "abcde…")
    }

    @Test("trims trailing spaces and fills missing cells")
    func shortRows() {
        var table = TextTable(columns: [TextTable.Column("A"), TextTable.Column("Bee")])
        table.add(["xyz"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines[2] == "xyz")
        #expect(lines[0] == "A    Bee")
    }

    @Test("renders Markdown with alignment markers and escaped pipes, without rules")
    func markdown() {
        var table = TextTable(columns: [TextTable.Column("Nama"), TextTable.Column("N", alignment: .right)])
        table.add(["a|b", "5"])
        table.addRule()
        table.add(["Total", "5"])
        let lines = table.markdown().split(separator: "\n").map(String.init)
        #expect(lines == ["| Nama  |   N |", "| :---- | --: |", "| a\\|b  |   5 |", "| Total |   5 |"])
    }
}

@Suite("TextTable safety")
struct FormatTextTableSafetyTests {
    @Test("Markdown escapes HTML and link syntax in cells and headings")
    func markdownEscapesHTMLAndLinks() {
        var table = TextTable(columns: [TextTable.Column("<b>T</b>"), TextTable.Column("N", alignment: .right)])
        table.add(["<script>alert(1)</script>", "1"])
        table.add(["[x](javascript:alert(1))", "2"])
        let text = table.markdown()
        #expect(!text.contains("<script>"))
        #expect(!text.contains("<b>"))
        #expect(!text.contains("[x](javascript"))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(text.contains("\\[x\\](javascript:alert(1))"))
    }

    @Test("a heading from the data is cleaned in the terminal table too")
    func cleansHeadings() {
        var table = TextTable(columns: [TextTable.Column("zed\u{1B}]0;owned\u{7}\u{9B}2J", alignment: .right)])
        table.add(["1"])
        let text = table.render()
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(text.hasPrefix("zed␛]0;owned␇\u{FFFD}2J"))
    }
}
