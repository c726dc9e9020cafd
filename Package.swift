// swift-tools-version: 6.1
import PackageDescription

// No unsafe flags, so that other packages can depend on `CodingCore`. A static binary (the Swift
// runtime and Foundation inside it: no dynamic symbol binding at start-up, the audit about 15% faster)
// is built with SwiftPM's own flag: `swift build -c release --static-swift-stdlib`.

let package = Package(
  name: "M54Workbench",
  products: [
    .library(name: "CodingCore", targets: ["CodingCore"]),
    .executable(name: "m54", targets: ["m54"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
  ],
  targets: [
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    // A header of our own: the prefetch hint the audit's lookups use.
    .systemLibrary(name: "CMemoryHints"),
    .target(name: "CodingCore", dependencies: ["CZlib", "CMemoryHints"]),
    .target(name: "WorkbenchUI", dependencies: ["CodingCore"]),
    // The core seen through the interfaces WorkbenchUI owns (catalog, library, checker).
    .target(name: "WorkbenchAdapters", dependencies: ["CodingCore", "WorkbenchUI", "ReviewStore"]),
    // The auditor's review workspace (SQLite through GRDB); the core stays free of storage.
    .target(name: "ReviewStore", dependencies: ["CodingCore", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(name: "TerminalBackend", dependencies: ["CNcursesw", "WorkbenchUI"]),
    // The speed measurements of `m54 bench`: not part of any product's API.
    .target(name: "M54Benchmarks", dependencies: ["CodingCore", "WorkbenchUI"]),
    // Quiz results in SQLite (GRDB), apart from the pure core.
    .target(name: "TrainingStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
    // Compiles the shipped releases while `m54` is built (the PrebuiltStores plugin), so a first run
    // opens stores instead of compiling them.
    .executableTarget(name: "M54StoreBuilder", dependencies: ["CodingCore"]),
    .plugin(name: "PrebuiltStores", capability: .buildTool(), dependencies: ["M54StoreBuilder"]),
    .executableTarget(
      name: "m54",
      dependencies: [
        "CodingCore", "WorkbenchUI", "WorkbenchAdapters", "TerminalBackend", "M54Benchmarks", "TrainingStore",
        "ReviewStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      plugins: ["PrebuiltStores"]
    ),
    .target(name: "TestSupport", dependencies: ["CodingCore"], path: "Tests/TestSupport"),
    .testTarget(name: "CodingCoreTests", dependencies: ["CodingCore", "TestSupport"]),
    .testTarget(
      name: "WorkbenchUITests",
      dependencies: ["WorkbenchUI", "WorkbenchAdapters", "CodingCore", "M54Benchmarks", "TestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(name: "TrainingStoreTests", dependencies: ["TrainingStore"]),
    .testTarget(
      name: "ReviewStoreTests",
      dependencies: [
        "ReviewStore", "CodingCore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(name: "EndToEndTests", dependencies: ["CodingCore", "TestSupport"]),
    // Runs the built `m54` and compares its output with Tests/CLITests/Golden (M54_UPDATE_GOLDEN=1 rewrites them).
    .testTarget(
      name: "CLITests", dependencies: ["CodingCore", "CZlib", "TestSupport"], exclude: ["Golden", "Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
