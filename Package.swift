// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "M54Workbench",
  products: [
    .library(name: "CodingCore", targets: ["CodingCore"]),
    .executable(name: "m54", targets: ["m54"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
  ],
  targets: [
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    .target(name: "CodingCore", dependencies: ["CZlib"]),
    .target(name: "WorkbenchUI", dependencies: ["CodingCore"]),
    .target(name: "TerminalBackend", dependencies: ["CNcursesw", "WorkbenchUI"]),
    .executableTarget(
      name: "m54",
      dependencies: [
        "CodingCore", "WorkbenchUI", "TerminalBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "TestSupport", dependencies: ["CodingCore"], path: "Tests/TestSupport"),
    .testTarget(name: "CodingCoreTests", dependencies: ["CodingCore", "TestSupport"]),
    .testTarget(
      name: "WorkbenchUITests", dependencies: ["WorkbenchUI", "CodingCore", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(name: "EndToEndTests", dependencies: ["CodingCore", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
