import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi innovation list [--opd …] [--stage …] [--reached STAGE --year YYYY]`: innovations by OPD
/// and stage; `--reached` reads the stage history ("reached penerapan in 2026").
struct InnovationListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: InnovationText.list.current)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(InnovationText.opdHelp.current, valueName: "code"))
    var opd: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.stageHelp.current, valueName: "stage"))
    var stage: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.reachedHelp.current, valueName: "stage"))
    var reached: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.yearHelp.current, valueName: "YYYY"))
    var year: String?

    @OptionGroup var output: FormatOptions

    func run() throws {
        try InnovationRunner.run(global) { context in
            var filter = InnovationFilter()
            filter.stage = try stage.map { try InnovationInput.stage($0, option: "--stage") }
            filter.reached = try reached.map { try InnovationInput.stage($0, option: "--reached") }
            if let year {
                guard filter.reached != nil else { throw InputRefusal(InnovationMessageText.yearNeedsReached) }
                filter.reachedWithin = try Self.range(ofYear: year, zone: context.zone)
            }
            let store = try context.openStore(.readOnly)
            filter.agencyID = try opd.map { try InnovationInput.agency($0, store: store, context: context).id }
            let innovations = try store.innovations(matching: filter)
            let output = InnovationListOutput(
                innovations: innovations, names: try InnovationNames(store), style: OutputStyle(context, self.output))
            context.console.out(try output.render(self.output.value))
        }
    }

    /// 1 January to 1 January of the next year, in `zone`.
    static func range(ofYear text: String, zone: TimeZone) throws(InputRefusal) -> Range<Date> {
        guard let number = Int(text), (1900...9998).contains(number),
            let first = CalendarDay(year: number, month: 1, day: 1),
            let next = CalendarDay(year: number + 1, month: 1, day: 1)
        else { throw InputRefusal(InnovationMessageText.badYear(text)) }
        return first.start(in: zone)..<next.start(in: zone)
    }
}

extension InnovationNames {
    /// The OPD codes and bidang names of `store`.
    init(_ store: Store) throws {
        codes = Dictionary(try store.agencies().map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        divisions = Dictionary(
            try store.divisions().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
