import InovasiCore

/// The administration view's lines: every OPD (inactive ones marked) and every user; and one OPD's
/// bidang.
enum AdminDocument {
    static func lines(_ data: AdminData, state: DashboardState, width: Int) -> [DocLine] {
        let language = state.language
        var doc = DocBuilder(width: width)
        doc.heading(AdminText.agenciesHeading(data.agencies.count).text(language))
        let names = Dictionary(uniqueKeysWithValues: data.agencies.map { ($0.id, $0.code) })
        for agency in data.agencies {
            let code = TextLayout.pad(TextLayout.truncate(agency.code, toWidth: 12), toWidth: 12)
            let short = agency.shortName.isEmpty ? "" : " (\(agency.shortName))"
            let kind = "  " + agency.kind.label.text(language)
            let parent = agency.parentID.flatMap { names[$0] }.map { " ← \($0)" } ?? ""
            var spans = [
                DocSpan("  " + code + " ", .label), DocSpan(agency.name + short), DocSpan(kind + parent, .muted),
            ]
            if !agency.isActive { spans.append(DocSpan("  " + AdminText.inactive.text(language), .warning)) }
            doc.line(spans, item: .agency(agency.id))
        }
        doc.heading(AdminText.usersHeading(data.users.count).text(language))
        for user in data.users {
            let name = TextLayout.pad(TextLayout.truncate(user.name, toWidth: 20), toWidth: 20)
            let opd =
                user.isExternal
                ? "  " + AdminText.external.text(language) : user.agencyID.flatMap { names[$0] }.map { "  " + $0 } ?? ""
            doc.line(
                [DocSpan("  " + name + " ", .heading), DocSpan(user.role.label.text(language)), DocSpan(opd, .muted)],
                item: .user(user.name))
        }
        return doc.lines
    }

    static func agencyLines(_ detail: AdminAgency, state: DashboardState, width: Int) -> [DocLine] {
        let language = state.language
        var doc = DocBuilder(width: width)
        doc.field(AdminText.code.text(language), detail.agency.code)
        doc.field(AdminText.kind.text(language), detail.agency.kind.label.text(language))
        if !detail.agency.isActive {
            doc.field(AdminText.status.text(language), AdminText.inactive.text(language), .warning)
        }
        doc.heading(AdminText.divisionsHeading(detail.divisions.count).text(language))
        if detail.divisions.isEmpty { doc.paragraph(LabelText.none.text(language), .muted, indent: 2) }
        for division in detail.divisions {
            doc.line([DocSpan("  " + division.name)], item: .division(division.id))
        }
        return doc.lines
    }
}
