import InovasiCore
import Testing

@testable import InovasiTUI

/// Text snapshots of kit forms drawn at 80 columns: every field kind, errors, and the questions.
@Suite("Form kit snapshots")
struct FormKitSnapshotTests {
    static func allKinds() -> FormDriver {
        var grid = LevelGrid(rows: [.plain("Dokumen lengkap"), .plain("Anggaran tersedia")], levels: ["0", "1", "2"])
        grid.picks = [2, nil]
        var many = PickList(options: ["Dinas Kesehatan", "Dinas Pendidikan", "Bappeda"], isMultiple: true)
        many.picked = ["Bappeda"]
        return FormDriver([
            FormField("title", .plain("Judul"), .text(TextInput("Posyandu 漢字 Digital")), isRequired: true),
            FormField(
                "summary", .plain("Ringkasan"),
                .multiline(
                    TextInput(
                        "Layanan posyandu keliling yang mencatat tumbuh kembang anak di setiap kelurahan kota secara daring."
                    ))),
            FormField("budget", .plain("Anggaran (Rp)"), .number(TextInput("1.250.000"), range: nil)),
            FormField("day", .plain("Tanggal"), .date(TextInput("07/12/2026"), range: nil)),
            FormField("time", .plain("Jam"), .time(TextInput("09:30"))),
            FormField("stage", .plain("Tahap"), .choice([.plain("inisiatif"), .plain("uji coba")], selected: 1)),
            FormField("agencies", .plain("OPD terkait"), .pick(many)),
            FormField("main", .plain("Inovasi utama"), .yesNo(true)),
            FormField("checklist", .plain("Daftar periksa"), .grid(grid)),
        ])
    }

    func draw(_ form: FormModel, title: String = "Formulir", footer: [FormLine] = []) -> Canvas {
        var canvas = Canvas(size: Size(width: 80, height: 32))
        var view = FormView(form: form, title: title, hint: "Tab kolom  Enter simpan  Esc tutup", language: .id)
        view.footer = footer
        view.render(into: &canvas, area: Rect(size: canvas.size), theme: .builtIn)
        return canvas
    }

    @Test("every field kind, the focused text with its caret, at 80 columns")
    func allKindsForm() {
        var driver = Self.allKinds()
        driver.send(.end)
        driver.type("!")
        assertSnapshot(draw(driver.form), named: "formkit-all-80x32")
    }

    @Test("errors under their fields and a warning asked about")
    func errorsAndWarnings() {
        var driver = FormDriver([
            FormField("title", .plain("Judul"), .text(TextInput()), isRequired: true),
            FormField("budget", .plain("Anggaran"), .number(TextInput("sejuta"), range: nil)),
            FormField("reason", .plain("Alasan"), .multiline(TextInput()), minWords: 5),
        ])
        driver.send(.submit)
        assertSnapshot(draw(driver.form), named: "formkit-errors-80x32")
        driver.type("Posyandu")
        driver.send(.nextField)
        driver.send(.clearField)
        driver.type("Rp 2.500.000")
        driver.send(.nextField)
        driver.type("singkat saja")
        driver.send(.submit)
        assertSnapshot(draw(driver.form), named: "formkit-warning-80x32")
    }

    @Test("the discard question, and a long form scrolled to keep the focus in view")
    func discardAndScroll() {
        var driver = Self.allKinds()
        driver.type("?")
        driver.send(.escape, .escape)
        assertSnapshot(draw(driver.form), named: "formkit-discard-80x32")
        var small = Canvas(size: Size(width: 80, height: 14))
        var long = Self.allKinds()
        long.send(.previousField, .previousField)
        FormView(form: long.form, title: "Formulir", hint: "", language: .en)
            .render(into: &small, area: Rect(size: small.size), theme: .builtIn)
        assertSnapshot(small, named: "formkit-scrolled-80x14")
    }
}
