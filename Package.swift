// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "carelog",
  products: [
    .executable(name: "carelog", targets: ["carelog"]),
    .executable(name: "carelog-serve", targets: ["carelog-serve"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    // Only the server (carelog-serve) uses these; the carelog executable never links them.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    // The executable is one call; the commands live in CarelogCLI.
    // Linked by lld at a fixed address (not position-independent): the loader then has no relocations to apply
    // to the large static binary, which cost every `carelog log` about 2 M instructions and 190 page faults
    // (BENCHMARKS.md). The libraries, heap and stack are still placed at random; `carelog-serve`, which listens
    // on the network, stays position-independent.
    .executableTarget(name: "carelog", dependencies: ["CarelogCLI"],
      linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xclang-linker", "-no-pie"])]),
    // The web face's executable, started by `carelog serve`: a second binary so that one-shot commands never load
    // Hummingbird and NIO.
    .executableTarget(
      name: "carelog-serve",
      dependencies: ["CarelogServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // The web face: routes, middleware (token, Host, CSRF, headers) and pages over the same use cases as the CLI.
    .target(
      name: "CarelogServer",
      dependencies: [
        "CarelogCore", "CarelogJournal", "CQRencode",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "HummingbirdTLS", package: "hummingbird"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // libqrencode (Debian's libqrencode-dev), for the QR code of the pairing link that `carelog serve --lan` draws.
    .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
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
    .testTarget(name: "CarelogEndToEndTests", dependencies: ["carelog", "carelog-serve"]),
    .testTarget(
      name: "CarelogServerTests",
      dependencies: [
        "CarelogServer", "CarelogJournal", "CarelogCore",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
  ]
)
