import InovasiCore

/// The audit view's lines: one page of the trail, newest first, one line per entry (when, who,
/// what, which record, the note); and one entry in full with its before and after.
enum AuditDocument {
    static func lines(_ page: AuditPage, state: DashboardState, width: Int) -> [DocLine] {
        let language = state.language
        var doc = DocBuilder(width: width)
        let first = page.entries.isEmpty ? 0 : page.offset + 1
        let numbers = [first, page.offset + page.entries.count, page.total].map { NumberText.grouped($0, language) }
        let range = AuditText.range(numbers[0], numbers[1], numbers[2]).text(language)
        doc.line([DocSpan(range, .muted), DocSpan("  " + describe(page.query, language), .label)])
        doc.blank()
        if page.entries.isEmpty { doc.paragraph(AuditText.empty.text(language), .muted, indent: 2) }
        for entry in page.entries {
            doc.line(row(entry, state, width), item: .historyEntry(entry.id))
        }
        return doc.lines
    }

    /// `02/12/2026 13:05  admin  mengubah inovasi  innovation #12  “note”`, cut to the width.
    static func row(_ entry: AuditEntry, _ state: DashboardState, _ width: Int) -> [DocSpan] {
        let language = state.language
        let zone = state.context.timeZone
        let day = FieldParsing.dateText(CalendarDay(containing: entry.at, in: zone))
        let when = day + " " + DateText.time(entry.at, in: zone, language)
        let record = AuditText.entityName(entry.entity).text(language) + (entry.entityID.map { " #\($0)" } ?? "")
        let note = entry.note.isEmpty ? "" : "  “" + Sanitizer.clean(entry.noteText(in: zone).text(language)) + "”"
        let text = "  " + when + "  " + entry.user + "  " + entry.actionText.text(language) + "  " + record
        let full = TextLayout.truncate(text + note, toWidth: width)
        let head = TextLayout.truncate(text, toWidth: width)
        return [DocSpan(head), DocSpan(String(full.dropFirst(head.count)), .muted)]
    }

    /// One entry: when, who, what, which record, the note, then the before and after as stored.
    static func entryLines(_ entry: AuditEntry, state: DashboardState, width: Int) -> [DocLine] {
        let language = state.language
        let zone = state.context.timeZone
        var doc = DocBuilder(width: width)
        doc.field(
            AuditText.whenField.text(language),
            DateText.long(entry.at, in: zone, language) + " " + DateText.time(entry.at, in: zone, language))
        doc.field(AuditText.userField.text(language), entry.user)
        doc.field(AuditText.actionField.text(language), entry.actionText.text(language) + " (\(entry.action))")
        doc.field(
            AuditText.entityField.text(language),
            AuditText.entityName(entry.entity).text(language) + (entry.entityID.map { " #\($0)" } ?? ""))
        if !entry.note.isEmpty {
            doc.field(AuditText.noteField.text(language), entry.noteText(in: zone).text(language))
        }
        doc.heading(AuditText.before.text(language))
        doc.paragraph(pretty(entry.before) ?? AuditText.nothing.text(language), .muted, indent: 2)
        doc.heading(AuditText.after.text(language))
        doc.paragraph(pretty(entry.after) ?? AuditText.nothing.text(language), .normal, indent: 2)
        return doc.lines
    }

    /// A stored JSON state one field a line, as the audit row keeps it.
    static func pretty(_ json: String?) -> String? {
        guard let json, !json.isEmpty else { return nil }
        return AuditJSONLines.lines(json)
    }

    /// The filter in words: "semua", or the kind, record, user and text asked for.
    static func describe(_ query: AuditQuery, _ language: Language) -> String {
        guard !query.isOpen else { return AuditText.everything.text(language) }
        var parts: [String] = []
        if let entity = query.entity {
            parts.append(AuditText.entityName(entity).text(language) + (query.entityID.map { " #\($0)" } ?? ""))
        }
        if let user = query.user { parts.append(AuditText.byUser(user).text(language)) }
        if !query.text.isEmpty { parts.append("“\(query.text)”") }
        return parts.joined(separator: " · ")
    }
}
