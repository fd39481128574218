// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "carelog",
  products: [
    .executable(name: "carelog", targets: ["carelog"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
  ],
  targets: [
    // The executable is one call; the commands live in CarelogCLI.
    .executableTarget(name: "carelog", dependencies: ["CarelogCLI"]),
    // The command line: parse, call one use case of CarelogJournal, print. It sees no storage, rules or reports.
    .target(
      name: "CarelogCLI",
      dependencies: [
        "CarelogCore", "CarelogJournal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The application layer: the use cases every face calls (record, flags, summary, export, ...).
    .target(name: "CarelogJournal", dependencies: ["CarelogCore", "CarelogStore", "CarelogRules", "CarelogReports"]),
    // Domain model, value parsing and the symptom and treatment catalogs. No dependencies.
    .target(name: "CarelogCore"),
    // The journal file: GRDB, migrations, the one access point.
    .target(
      name: "CarelogStore",
      dependencies: [
        "CarelogCore",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    // The warning-flag rules: pure, entries in, flags out. The rule catalog is reviewable data.
    .target(name: "CarelogRules", dependencies: ["CarelogCore"]),
    // The visit summary: pure, a summary model in, text out, one formatter per format.
    .target(name: "CarelogReports", dependencies: ["CarelogCore", "CarelogRules"]),
    // Helpers the test targets share.
    .target(name: "CarelogTestSupport", dependencies: ["CarelogCore"], path: "Sources/CarelogTestSupport"),
    .testTarget(name: "CarelogCoreTests", dependencies: ["CarelogCore", "CarelogTestSupport"]),
    .testTarget(name: "CarelogStoreTests", dependencies: ["CarelogStore", "CarelogCore", "CarelogTestSupport"]),
    .testTarget(name: "CarelogRulesTests", dependencies: ["CarelogRules", "CarelogCore"]),
    .testTarget(name: "CarelogReportsTests", dependencies: ["CarelogReports", "CarelogCore", "CarelogRules"]),
    .testTarget(name: "CarelogCLITests", dependencies: ["CarelogCLI", "CarelogCore"]),
    .testTarget(name: "CarelogJournalTests", dependencies: ["CarelogJournal", "CarelogCore", "CarelogRules"]),
    .testTarget(name: "CarelogEndToEndTests", dependencies: ["carelog"]),
  ]
)
