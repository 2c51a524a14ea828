import InovasiCore

/// The lines of a form: each field with its label and value, its errors under it, the feature's
/// own lines, the save button and the question being asked.
struct FormLines {
    var form: FormModel
    var language: Language
    /// Columns inside the form's frame.
    var width: Int

    /// The widest label, so values line up in one column.
    var labelWidth: Int {
        min(24, form.fields.map { DisplayWidth.of($0.label.text(language)) }.max() ?? 0) + 2
    }

    /// The lines, and the index of the one with the focus (to keep it on screen).
    func lines(header: [FormLine], footer: [FormLine]) -> (lines: [FormLine], focus: Int) {
        var lines = header
        var focusLine = 0
        for (index, field) in form.fields.enumerated() {
            let own = FieldLines(
                field: field, isFocused: index == form.focus && form.question == nil, language: language
            )
            .lines(labelWidth: labelWidth, width: width)
            if index == form.focus { focusLine = lines.count + (own.firstIndex(where: \.isSelected) ?? 0) }
            lines += own
            lines += form.errors.filter { $0.field == field.id }.map(errorLine)
        }
        lines += form.errors.filter { $0.field == nil }.map(errorLine)
        lines += footer
        if form.isOnSubmit { focusLine = lines.count }
        lines.append(
            FormLine(form.submitLabel.text(language), role: .paneTitleFocused, isSelected: form.isOnSubmit))
        if let question = form.question {
            lines += questionLines(question)
            focusLine = lines.count - 1
        }
        return (lines, focusLine)
    }

    func errorLine(_ issue: FormIssue) -> FormLine {
        FormLine("✗ " + named(issue).text(language), role: .error)
    }

    func named(_ issue: FormIssue) -> Localized {
        guard let label = form.fields.first(where: { $0.id == issue.field })?.label else { return issue.message }
        return FormText.named(label, issue.message)
    }

    func questionLines(_ question: FormQuestion) -> [FormLine] {
        switch question {
        case .discard:
            return [FormLine(""), FormLine(FormText.discard.text(language), role: .warning)]
        case .save(let warnings, let asked):
            var lines = [FormLine("")]
            lines += warnings.map { FormLine("⚠ " + named($0).text(language), role: .warning) }
            if let asked { lines.append(FormLine(asked.text(language), role: .warning)) }
            if !warnings.isEmpty { lines.append(FormLine(FormText.saveAnyway.text(language), role: .warning)) }
            return lines
        }
    }
}
