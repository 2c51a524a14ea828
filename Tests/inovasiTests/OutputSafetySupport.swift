import Foundation
import TestSupport
import Testing

/// Hostile text planted in a demo store, and readers for what the commands print from it.
enum Hostile {
    /// Escape sequences (clear screen, OSC title, CSI in C1), BEL, DEL, C1 controls, bidi controls,
    /// HTML, a javascript: link, and CSV's comma and quote, in one title.
    static let text =
        "T\u{1B}[2J\u{1B}]0;owned\u{7}<script>alert(1)</script>[x](javascript:alert(1))\u{85}\u{9B}31m"
        + "\u{202E}gnp.exe\u{2066}|a,b\"c\u{7F}"
    /// How ``text`` looks once made visible: the screen's pictures, `␤` for NEL, `�` for C1 and bidi, `␡`.
    static let visible =
        "T␛[2J␛]0;owned␇<script>alert(1)</script>[x](javascript:alert(1))␤\u{FFFD}31m"
        + "\u{FFFD}gnp.exe\u{FFFD}|a,b\"c␡"
    /// Cells a spreadsheet would run, each with the text the CSV must hold for it by default.
    static let formulas: [(value: String, guarded: String)] = [
        ("=1+1", "'=1+1"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("\t=1+1", "' =1+1"), ("\r=1+1", "'\r=1+1"), ("-2", "-2"),
    ]

    /// The scalars of `text` that must never leave the program raw: C0 controls but LF (and CR
    /// when `allowCR`, for line ends and quoted line breaks in CSV), DEL, C1, bidi, U+2028/2029.
    static func rawControls(_ text: String, allowCR: Bool = false) -> [String] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            if value == 0x0A || (allowCR && value == 0x0D) { return false }
            return value < 0x20 || (0x7F...0x9F).contains(value) || scalar.properties.isBidiControl
                || value == 0x2028 || value == 0x2029
        }.map { String(format: "U+%04X", $0.value) }
    }

    /// `text` as an SQL string literal.
    static func sql(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// Reads RFC 4180 CSV back into records of fields, as a spreadsheet or importer would.
enum CSVReader {
    static func records(_ text: String) -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if quoted {
                if scalar == "\"", next == "\"" {
                    field.append(scalar)
                    index += 1
                } else if scalar == "\"" {
                    quoted = false
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(String(field))
                field = String.UnicodeScalarView()
            } else if scalar == "\r", next == "\n" {
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                index += 1
            } else {
                field.append(scalar)
            }
            index += 1
        }
        return records
    }

    /// The values of the column headed `name`, row by row.
    static func column(_ name: String, in text: String) throws -> [String] {
        let rows = records(text)
        let header = try #require(rows.first)
        let index = try #require(header.firstIndex(of: name), "no column \(name) in \(header)")
        return rows.dropFirst().map { index < $0.count ? $0[index] : "" }
    }
}

extension CLISandbox {
    /// Runs raw SQL on the store at `path` through `inovasi-store-worker`.
    func plant(_ sql: String, in path: String) throws {
        let worker = try #require(BuiltProducts.executable(named: "inovasi-store-worker"))
        let result = try run([], executable: worker, executableArguments: ["sql", path, sql])
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// A small demo store whose oldest waiting proposals, first agency, sessions and two users hold
    /// ``Hostile/text`` and the formulas; returns the ids of the planted proposals, hostile first.
    func hostileStore() throws -> [Int64] {
        let store = try makeDemo(extra: ["--proposals", "60"])
        // The hostile one is submitted, so a reviewer can take and score it.
        let first = try #require(try queued("submitted").first?.id)
        let others = try queued("submitted,inReview").map(\.id).filter { $0 != first }
        let ids = [first] + others.prefix(Hostile.formulas.count)
        try #require(ids.count == Hostile.formulas.count + 1)
        var sql = ["UPDATE proposal SET title = \(Hostile.sql(Hostile.text)) WHERE id = \(ids[0])"]
        for (id, formula) in zip(ids.dropFirst(), Hostile.formulas) {
            sql.append("UPDATE proposal SET title = \(Hostile.sql(formula.value)) WHERE id = \(id)")
        }
        sql.append("UPDATE agency SET name = \(Hostile.sql(Hostile.text)) WHERE id = (SELECT min(id) FROM agency)")
        sql.append("UPDATE agency SET name = '=1+1' WHERE id = (SELECT max(id) FROM agency)")
        sql.append(
            "UPDATE mentoring_session SET title = \(Hostile.sql(Hostile.text)), location = '@SUM(A1)' || char(0) || 'x', "
                + "speaker_name = '-2+3'")
        try plant(sql.joined(separator: ";\n"), in: store)
        for (name, display) in [("zed", Hostile.text), ("eve", "=1+1")] {
            let added = try run(["users", "add", name, "--role", "viewer", "--display-name", display])
            #expect(added.status == 0, "\(added.stderr)")
        }
        return Array(ids)
    }
}
