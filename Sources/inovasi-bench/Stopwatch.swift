import Foundation

/// Times one operation on the monotonic clock, in milliseconds.
enum Stopwatch {
    /// How long `body` took, in milliseconds.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// What `body` returned, and how long it took in milliseconds.
    static func timed<T>(_ body: () throws -> T) rethrows -> (value: T, milliseconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
}
