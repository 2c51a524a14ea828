import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// The calendar pane's `E` on the store: the sessions of the range through
/// ``SessionCalendarExport``, written to a temporary file in the target folder and renamed, so a
/// failed write leaves nothing half-written.
public struct StoreCalendarExport: CalendarExportDesk {
    let store: Store
    /// The folder `~/` stands for.
    let home: String

    /// An export reading `store`, with `~/` meaning `home`.
    public init(store: Store, home: String) {
        self.store = store
        self.home = home
    }

    /// Writes the file; a store that cannot be read or a folder that cannot be written is refused.
    public func exportCalendar(_ request: CalendarExportRequest) throws -> CalendarExportResult {
        let path = expanded(request.path)
        let sessions: [MentoringSession]
        let directory: SessionCalendarDirectory
        do throws(StoreError) {
            sessions = try store.sessions(from: request.from, to: request.to)
            directory = try SessionCalendarDirectory(store: store)
        } catch {
            throw StoreRefusal(error: error, zone: request.zone)
        }
        let data = SessionCalendarExport(directory: directory, language: request.language)
            .data(sessions, zone: request.zone, now: request.now)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CalendarExportRefusal(text: SessionCalendarText.cannotWrite(path, error.localizedDescription))
        }
        return CalendarExportResult(count: sessions.count, path: path)
    }

    /// `path` with `~/` as the home folder, made absolute.
    func expanded(_ path: String) -> String {
        let text = path == "~" ? home : path.hasPrefix("~/") ? home + path.dropFirst(1) : path
        return URL(fileURLWithPath: text).standardizedFileURL.path
    }
}

/// Why the calendar file was not written, in both languages.
struct CalendarExportRefusal: ReviewRefusal {
    let text: Localized

    func message(_ language: Language) -> String { text.text(language) }
}
