import ArgumentParser
import InovasiApp
import InovasiCore

/// Options every command takes: where the data is, which language, which config file.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.data.current, valueName: "path"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.lang.current, valueName: "id|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.config.current, valueName: "path"))
    var config: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            // The language itself is what is wrong, so say it in both.
            let message = InputText.badLanguage(lang)
            Console().err(message.id)
            Console().err(message.en)
            throw ExitCode(1)
        }
    }

    /// The language asked for with `--lang`, if any.
    var language: Language? { lang.flatMap(Language.init(rawValue:)) }
}

/// `--format table|csv|json|markdown` and `--raw`, shared by every command that prints data.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.format.current, valueName: "table|csv|json|markdown"))
    var format: String = OutputFormat.table.rawValue

    /// `--raw`: CSV cells without the formula guard, for scripts that want the values as stored.
    @Flag(name: .long, help: ArgumentHelp(HelpText.raw.current))
    var raw = false

    func validate() throws {
        guard OutputFormat(rawValue: format.lowercased()) != nil else {
            throw InputCheck.refuse(InputText.badFormat(format))
        }
    }

    /// The chosen format (validated before `run()`).
    var value: OutputFormat { OutputFormat(rawValue: format.lowercased()) ?? .table }
}

/// Refusals from `validate()`: the message goes to standard error, the status is 1.
enum InputCheck {
    /// Prints `message` in the language of this run and returns the exit to throw.
    ///
    /// ArgumentParser validates the arguments even when `--help` is asked for, then prints the help
    /// and exits 0; a refusal then would be a stray line beside the help, so nothing is printed.
    static func refuse(_ message: Localized) -> ExitCode {
        guard !CommandLine.arguments.contains(where: { $0 == "--help" || $0 == "-h" }) else { return ExitCode(0) }
        Console().err(message.text(ProcessLanguage.current))
        return ExitCode(1)
    }

    /// The day in `text` (`YYYY-MM-DD`), or a refusal naming `option`.
    static func day(_ text: String?, option: String) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(iso: text) else { throw refuse(InputText.badDate(text, option: option)) }
        return day
    }
}
