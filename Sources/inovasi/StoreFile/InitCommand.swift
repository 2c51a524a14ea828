import ArgumentParser
import InovasiCore
import InovasiStore

/// `inovasi init [--city cilegon]`: creates an empty store with the caller as admin, and with
/// `--city` the city's OPDs, bidang, kecamatan and kelurahan; never overwrites a file.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: HelpText.initCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.city.current, valueName: "city"))
    var city: String?

    func validate() throws {
        if let city, CityStructure.named(city) == nil { throw InputCheck.refuse(OpdText.unknownCity(city)) }
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let structure = city.flatMap(CityStructure.named)
            do throws(StoreError) {
                let store = try Store.create(at: context.storePath, creator: context.user, now: context.now)
                if let structure { try store.setUpCity(structure, by: context.user, now: context.now) }
            } catch .fileExists(let path) {
                // Refusing to overwrite is a refusal (1), whatever the store counts it as.
                let message = StoreError.fileExists(path: path).message(context.language, in: context.zone)
                throw CLIFailure(message: message, exitCode: 1)
            } catch {
                throw CLIFailure.store(error, context.language, zone: context.zone)
            }
            context.console.line(
                StoreMessageText.storeCreated(context.storePath, admin: context.user).text(context.language))
            if let structure {
                let kinds = structure.units.map(\.agency.kind)
                let districts = kinds.filter { $0 == .kecamatan }.count
                let villages = kinds.filter { $0 == .kelurahan }.count
                let text = OpdText.citySetUp(
                    structure.regionName, opds: kinds.count - districts - villages, districts: districts,
                    villages: villages, divisions: structure.units.reduce(0) { $0 + $1.divisions.count })
                context.console.line(text.text(context.language))
            }
        }
    }
}
