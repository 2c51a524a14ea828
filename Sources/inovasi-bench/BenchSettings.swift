import Foundation
import InovasiCore

/// What one run measures and how: the scales, the repetitions, the data and the language.
struct BenchSettings: Sendable {
    var scales: [Int]
    var repetitions: Int
    var seed: UInt64
    var cacheFolder: URL
    var language: Language
    /// Whether to make the stores anew instead of taking them from the cache.
    var fresh = false
    /// Whether to measure only the data figures (imports and the JSON export and import).
    var dataOnly = false
    /// Whether to measure only the IID planner's figures (``IIDBench``).
    var iidOnly = false
    /// Whether to leave out the data imports and exports (minutes at a million proposals), to
    /// measure the keys, the terminal and the planner alone.
    var skipData = false
    /// Seconds the idle kiosk is watched for its CPU time and bytes (10 in the smoke run).
    var kioskSeconds = 60
    /// The moment the data is generated around and the dashboard's clock stands at: Monday
    /// 7 December 2026, 09.41 WIB, so every run measures the same data and the same screen.
    var now = Date(timeIntervalSince1970: 1_796_611_260)
}
