// swift-tools-version: 6.1
import PackageDescription

/// A release build carries the Swift runtime and Foundation inside the binary: no dynamic symbol
/// binding at start-up and direct calls into the runtime on hot paths (the audit runs about 15%
/// faster). Every module that imports Foundation is compiled for it, and `m54` is linked with it.
let staticStdlib: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
let staticStdlibLink: [LinkerSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

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
    .target(name: "CodingCore", dependencies: ["CZlib", "CMemoryHints"], swiftSettings: staticStdlib),
    .target(name: "WorkbenchUI", dependencies: ["CodingCore"], swiftSettings: staticStdlib),
    .target(name: "TerminalBackend", dependencies: ["CNcursesw", "WorkbenchUI"], swiftSettings: staticStdlib),
    // Quiz results in SQLite (GRDB), apart from the pure core.
    .target(
      name: "TrainingStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift")], swiftSettings: staticStdlib),
    .executableTarget(
      name: "m54",
      dependencies: [
        "CodingCore", "WorkbenchUI", "TerminalBackend", "TrainingStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: staticStdlib,
      linkerSettings: staticStdlibLink
    ),
    .target(name: "TestSupport", dependencies: ["CodingCore"], path: "Tests/TestSupport"),
    .testTarget(name: "CodingCoreTests", dependencies: ["CodingCore", "TestSupport"]),
    .testTarget(
      name: "WorkbenchUITests", dependencies: ["WorkbenchUI", "CodingCore", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(name: "TrainingStoreTests", dependencies: ["TrainingStore"]),
    .testTarget(name: "EndToEndTests", dependencies: ["CodingCore", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
