import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Form kit: text fields")
struct FormKitTextTests {
    static func textForm() -> FormDriver {
        FormDriver([
            FormField("name", .plain("Nama"), .text(TextInput())),
            FormField("note", .plain("Catatan"), .multiline(TextInput())),
        ])
    }

    @Test("a focused text field takes typing at once; the form is then being edited")
    func typingAtOnce() {
        var driver = Self.textForm()
        #expect(driver.form.isTyping)
        driver.type("Posyandu")
        #expect(driver.text("name") == "Posyandu")
        #expect(driver.form.isEditing)
    }

    @Test("Backspace, Ctrl-W and Ctrl-U erase a character, a word and the field")
    func erasing() {
        var driver = Self.textForm()
        driver.type("Posyandu Digital  Kota")
        driver.send(.erase)
        #expect(driver.text("name") == "Posyandu Digital  Kot")
        driver.send(.eraseWord)
        #expect(driver.text("name") == "Posyandu Digital  ")
        driver.send(.eraseWord)
        #expect(driver.text("name") == "Posyandu ")
        driver.send(.clearField)
        #expect(driver.text("name") == "")
    }

    @Test("Left/Right move the caret, Home/End jump; typing goes in at the caret")
    func caret() {
        var driver = Self.textForm()
        driver.type("ac")
        driver.send(.left)
        driver.type("b")
        #expect(driver.text("name") == "abc")
        driver.send(.home)
        driver.type(">")
        driver.send(.end)
        driver.type("<")
        #expect(driver.text("name") == ">abc<")
        driver.send(.left, .left, .erase)
        #expect(driver.text("name") == ">ac<")
        #expect(driver.field("name").kind.input?.caret == 2)
    }

    @Test("the caret stays inside the text, and graphemes count as one")
    func graphemes() {
        var input = TextInput("kafe\u{301}")
        #expect(input.caret == 4)
        input.move(9)
        #expect(input.caret == 4)
        input.erase()
        #expect(input.text == "kaf")
        input.move(-9)
        #expect(input.caret == 0)
        input.erase()
        #expect(input.text == "kaf")
    }

    @Test("control characters typed or given are never kept")
    func sanitised() {
        var driver = Self.textForm()
        driver.type("a\u{1B}[2Jb\u{7}")
        #expect(driver.text("name") == "a[2Jb")
        #expect(TextInput("x\u{1B}y").text.unicodeScalars.allSatisfy { $0.value >= 0x20 })
    }

    @Test("a multi-line field wraps its words to the form's width, wide graphemes counted as two")
    func wrapping() {
        var driver = Self.textForm()
        driver.send(.nextField)
        driver.type("Layanan 国际 posyandu keliling di setiap kelurahan kota")
        let field = driver.field("note")
        let lines = FieldLines(field: field, isFocused: false, language: .id).lines(labelWidth: 10, width: 32)
        #expect(
            lines.map(\.text) == [
                "Catatan   Layanan 国际", "          posyandu keliling di", "          setiap kelurahan",
                "          kota",
            ])
        #expect(lines.allSatisfy { DisplayWidth.of($0.text) <= 32 })
    }
}
