import InovasiCore

/// The kit's own rules, checked on every save: required fields, lengths, numbers, days and times
/// that parse and lie in range (errors), and texts shorter than asked (warnings).
enum FormValidation {
    static func issues(_ form: FormModel) -> FormIssues {
        var issues = FormIssues()
        for field in form.fields {
            if let error = error(field) {
                issues.errors.append(FormIssue(field: field.id, message: error))
            } else if let warning = warning(field) {
                issues.warnings.append(FormIssue(field: field.id, message: warning))
            }
        }
        return issues
    }

    static func error(_ field: FormField) -> Localized? {
        if field.isEmpty { return field.isRequired ? FormText.required : nil }
        if let limit = field.maxLength, field.text.count > limit { return FormText.tooLong(limit) }
        switch field.kind {
        case .number(let input, let range):
            guard let value = FieldParsing.number(input.text) else { return FormText.notNumber }
            if let range, !range.contains(value) {
                return FormText.outOfRange(
                    FieldParsing.numberText(range.lowerBound), FieldParsing.numberText(range.upperBound))
            }
        case .date(let input, let range):
            guard let day = FieldParsing.date(input.text) else { return FormText.notDate }
            if let range, !range.contains(day) {
                return FormText.outOfRange(
                    FieldParsing.dateText(range.lowerBound), FieldParsing.dateText(range.upperBound))
            }
        case .time(let input):
            if FieldParsing.time(input.text) == nil { return FormText.notTime }
        default: break
        }
        return nil
    }

    static func warning(_ field: FormField) -> Localized? {
        guard let minimum = field.minWords else { return nil }
        let words = field.text.split(whereSeparator: \.isWhitespace).count
        return words < minimum ? FormText.fewWords(words, minimum) : nil
    }
}
