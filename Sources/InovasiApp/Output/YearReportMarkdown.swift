import InovasiCore

/// The yearly report for the Wali Kota (issue 12, point 9): the city's year, Instruksi 1/2022
/// compliance, stages today and the year's movements, the OPDs furthest behind, the mentoring held,
/// and every OPD's figures. Markdown, names never cut; every cell escaped by ``TextTable``.
struct YearReportMarkdown {
    let output: ReportOutput
    let year: YearReport

    /// How many OPDs the "furthest behind" section lists at most.
    static let behindShown = 10

    var style: OutputStyle { output.style }
    var language: Language { style.language }

    func render() -> String {
        let title = YearReportText.title(city: style.city, year: year.year.value).text(language)
        let intro =
            YearReportText.prepared(day: style.today).text(language) + " "
            + ReportText.yearNote(zone: style.zone.identifier).text(language)
        return "# \(MarkdownText.escape(title))\n\n\(MarkdownText.escape(intro))\n"
            + [summary(), compliance(), stages(), behind(), mentoring(), perAgency()].joined()
    }

    func section(_ heading: Localized, _ body: String) -> String {
        "\n## \(MarkdownText.escape(heading.text(language)))\n\n" + body
    }

    func summary() -> String {
        let total = year.total
        let rows: [(Localized, Int)] = [
            (YearText.proposalsIn, total.proposalsIn), (ProposalStatus.approved.label, total.approved),
            (ProposalStatus.revisionRequested.label, total.revisionRequested),
            (ProposalStatus.rejected.label, total.rejected), (YearText.innovationsStarted, total.innovationsStarted),
            (YearText.reachedTrial, total.reachedTrial), (YearText.reachedImplementation, total.reachedImplementation),
            (YearText.stageMoves, total.stageMoves), (YearText.movedBack, total.movedBack),
        ]
        var table = TextTable(columns: [
            TextTable.Column(YearReportText.figure.text(language)),
            TextTable.Column(YearReportText.count.text(language), alignment: .right),
        ])
        for (label, value) in rows { table.add([label.text(language), style.number(value)]) }
        return section(YearReportText.summary, table.markdown())
    }

    func compliance() -> String {
        let lines = ComplianceText.lines(output.compliance, language)
        return section(YearReportText.compliance, lines.map { "- " + MarkdownText.escape($0) + "\n" }.joined())
    }

    func stages() -> String {
        let today = output.report.total.innovationsByStage
        let reached: [Stage: Int] = [
            .initiative: year.total.innovationsStarted, .trial: year.total.reachedTrial,
            .implementation: year.total.reachedImplementation,
        ]
        var table = TextTable(columns: [
            TextTable.Column(YearReportText.stage.text(language)),
            TextTable.Column(YearReportText.today.text(language), alignment: .right),
            TextTable.Column(YearReportText.reachedIn(year.year.value).text(language), alignment: .right),
        ])
        for stage in Stage.allCases {
            table.add([stage.label.text(language), style.number(today[stage] ?? 0), style.number(reached[stage] ?? 0)])
        }
        let back = YearReportText.movedBack(style.number(year.total.movedBack)).text(language)
        return section(YearReportText.stages, table.markdown() + "\n" + MarkdownText.escape(back) + "\n")
    }

    /// The OPDs behind (``ProgressReport/isBehind(_:)``): most proposals overdue first, then those
    /// without a main innovation, then the usual order (each sort keeps the order of ties).
    func behind() -> String {
        let behind = output.report.keeping(ProgressReport.isBehind).sorted(by: .main, reversed: true)
            .sorted(by: .overdue)
        guard !behind.lines.isEmpty else {
            return section(YearReportText.behind, MarkdownText.escape(YearReportText.noneBehind.text(language)) + "\n")
        }
        var table = TextTable(columns: [
            TextTable.Column(ColumnText.reportCode.text(language)),
            TextTable.Column(ColumnText.reportAgency.text(language)),
            TextTable.Column(ColumnText.reportMain.text(language)),
            TextTable.Column(ColumnText.reportWaiting.text(language), alignment: .right),
            TextTable.Column(ColumnText.reportOverdue.text(language), alignment: .right),
        ])
        for line in behind.lines.prefix(Self.behindShown) {
            let row = line.progress
            let main = (row.hasMainInnovation ? ColumnText.yes : ColumnText.no).text(language)
            table.add([row.agency.code, row.agency.name, main, style.number(row.waiting), style.number(row.overdue)])
        }
        var notes = [
            ReportText.behindNote(shown: style.number(behind.lines.count), of: style.number(output.agencyCount)),
            ReportText.reportOverdueNote(days: style.overdueDays),
        ]
        if behind.lines.count > Self.behindShown {
            notes.append(YearReportText.firstShown(style.number(Self.behindShown)))
        }
        let noteText = notes.map { MarkdownText.escape($0.text(language)) + "\n" }.joined()
        return section(YearReportText.behind, table.markdown() + "\n" + noteText)
    }

    func mentoring() -> String {
        let held = year.mentoring
        let lines = [
            YearReportText.sessionsDone(style.number(held.sessionsDone)),
            YearReportText.reached(style.number(held.agenciesReached), of: style.number(output.agencyCount)),
        ].map { "- " + MarkdownText.escape($0.text(language)) + "\n" }.joined()
        guard held.sessionsDone > 0 else { return section(YearReportText.mentoring, lines) }
        var table = TextTable(columns: [
            TextTable.Column(YearReportText.institution.text(language)),
            TextTable.Column(YearReportText.sessions.text(language), alignment: .right),
        ])
        for institution in Institution.allCases {
            guard let count = held.byInstitution[institution], count > 0 else { continue }
            table.add([institution.tag.text(language), style.number(count)])
        }
        return section(YearReportText.mentoring, lines + "\n" + table.markdown())
    }

    /// Every OPD's figures of the year, as `report --year` lists them, under this report's heading.
    func perAgency() -> String {
        var table = output.yearTable(year, markdown: true)
        if let end = table.firstIndex(of: "\n") { table = String(table[table.index(after: end)...]) }
        return section(YearReportText.perAgency, String(table.drop(while: { $0 == "\n" })))
    }
}
