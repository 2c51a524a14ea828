import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// A store error read by the dashboard (a locked, damaged or missing file) reaches the status line
/// as the same localised message the command line prints, not as the error value's Swift spelling
/// (`locked(path: "…")`).
extension StoreError: ReviewRefusal {
    /// The store's message in `language`; times in it are in UTC (a read error names none).
    public func message(_ language: Language) -> String {
        message(language, in: TimeZone(identifier: "UTC") ?? .gmt)
    }
}
