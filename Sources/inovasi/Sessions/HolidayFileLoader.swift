import Foundation
import InovasiCore
import Yams

/// Reads the office's `holidays.yaml` from the config folder (see README, "The holiday file"); with
/// none, the shipped calendar. A bad file is refused naming the file and the line.
enum HolidayFileLoader {
    /// The calendar for this run: the config folder's `holidays.yaml` when present, else shipped.
    static func calendar(_ context: CommandContext) throws -> HolidayCalendar {
        let path = context.location.configFolder + "/holidays.yaml"
        let text: String?
        do {
            text = try ConfigLoader.read(path: path)
        } catch {
            throw CLIFailure.input(Localized(verbatim: error.message(context.language)), context.language)
        }
        guard let text else { return .shipped }
        do throws(HolidayFileError) {
            return try parse(text)
        } catch {
            throw CLIFailure.input(HolidayFileText.bad(path, line: error.line, error.problem), context.language)
        }
    }

    /// The calendar a holiday file's text describes.
    static func parse(_ text: String) throws(HolidayFileError) -> HolidayCalendar {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw HolidayFileError(line: Self.line(of: error), problem: HolidayFileText.notYAML)
        } catch {
            throw HolidayFileError(line: 1, problem: HolidayFileText.notYAML)
        }
        guard let mapping = root?.mapping, let list = mapping["holidays"] else {
            throw HolidayFileError(line: root?.mark?.line ?? 1, problem: HolidayFileText.needsHolidays)
        }
        guard let items = list.sequence else {
            throw HolidayFileError(line: list.mark?.line ?? 1, problem: HolidayFileText.needsHolidays)
        }
        return HolidayCalendar(try items.map(entry))
    }

    static let keys: Set<String> = ["date", "name", "cuti_bersama", "unverified"]

    private static func entry(_ node: Node) throws(HolidayFileError) -> HolidayCalendar.Entry {
        let line = node.mark?.line ?? 1
        guard let mapping = node.mapping else { throw HolidayFileError(line: line, problem: HolidayFileText.badEntry) }
        for (key, _) in mapping {
            guard let name = key.string, keys.contains(name) else {
                throw HolidayFileError(
                    line: key.mark?.line ?? line, problem: HolidayFileText.unknownKey(key.string ?? "?"))
            }
        }
        guard let dateNode = mapping["date"], let date = dateNode.string.flatMap(CalendarDay.init(iso:)) else {
            throw HolidayFileError(line: mapping["date"]?.mark?.line ?? line, problem: HolidayFileText.badDate)
        }
        guard let name = mapping["name"]?.string, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw HolidayFileError(line: mapping["name"]?.mark?.line ?? line, problem: HolidayFileText.needsName)
        }
        let leave = try flag(mapping["cuti_bersama"], line: line)
        let unverified = try flag(mapping["unverified"], line: line)
        return HolidayCalendar.Entry(
            holiday: NationalHolidays.Holiday(day: date, name: name, isCollectiveLeave: leave), unverified: unverified)
    }

    private static func flag(_ node: Node?, line: Int) throws(HolidayFileError) -> Bool {
        guard let node else { return false }
        guard let value = node.bool else {
            throw HolidayFileError(line: node.mark?.line ?? line, problem: HolidayFileText.badFlag)
        }
        return value
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }
}

/// A holiday file refused: where and why.
struct HolidayFileError: Error {
    /// 1-based line of the file.
    let line: Int
    let problem: Localized
}
