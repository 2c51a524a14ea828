// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "inovasi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "inovasi", targets: ["inovasi"]),
        .executable(name: "inovasi-bench", targets: ["inovasi-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "InovasiCore"),
        .target(
            name: "InovasiStore",
            dependencies: ["InovasiCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "InovasiTUI", dependencies: ["InovasiCore", "Yams"]),
        .target(name: "InovasiApp", dependencies: ["InovasiCore", "InovasiStore", "InovasiTUI", "InovasiICS"]),
        .target(
            name: "InovasiImport",
            dependencies: [
                "InovasiCore", "InovasiStore", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "InovasiICS", dependencies: ["InovasiCore"]),
        .systemLibrary(name: "CNcurses"),
        .target(name: "NcursesTerminal", dependencies: ["CNcurses", "InovasiTUI"]),
        .executableTarget(
            name: "inovasi",
            dependencies: [
                "InovasiCore", "InovasiStore", "InovasiTUI", "InovasiApp", "InovasiImport", "NcursesTerminal", "Yams",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "inovasi-bench",
            dependencies: [
                "InovasiCore", "InovasiStore", "InovasiTUI", "InovasiApp", "InovasiImport", "NcursesTerminal", "Yams",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "inovasi-store-worker",
            dependencies: ["InovasiStore", "InovasiCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/StoreWorker"
        ),
        .testTarget(name: "InovasiCoreTests", dependencies: ["InovasiCore"]),
        .testTarget(name: "InovasiICSTests", dependencies: ["InovasiICS", "InovasiCore", "TestSupport"]),
        .testTarget(name: "InovasiImportTests", dependencies: ["InovasiImport", "InovasiCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "InovasiStoreTests",
            dependencies: ["InovasiStore", "InovasiCore", "InovasiTUI", "InovasiApp", "InovasiICS"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "InovasiTUITests", dependencies: ["InovasiTUI", "InovasiCore"], exclude: ["Snapshots"]),
        .executableTarget(
            name: "inovasi-term-demo",
            dependencies: ["InovasiCore", "InovasiTUI", "NcursesTerminal"],
            path: "Tests/TermDemo"
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "NcursesTerminalTests",
            dependencies: ["NcursesTerminal", "InovasiTUI", "InovasiCore", "TestSupport"]
        ),
        .testTarget(
            name: "inovasiTests",
            dependencies: ["InovasiCore", "InovasiTUI", "InovasiStore", "InovasiImport", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
