import ArgumentParser
import CodingCore
import Foundation

/// `m54 data`: the releases, importing one, linting note references, compiling the stores.
struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data", abstract: "Manage the ICD-10-CM releases.",
    subcommands: [DataListCommand.self, DataImportCommand.self, DataLintCommand.self, DataCompileCommand.self])
}

/// `m54 data list`: loaded releases and their effective dates.
struct DataListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the releases and their effective dates.")

  func run() throws {
    let codeSet = try CodeSetLoader.load()
    print("Release        Effective               Billable  Source")
    for (release, source) in zip(codeSet.releases, codeSet.sources) {
      let id = release.info.id.padding(toLength: 14, withPad: " ", startingAt: 0)
      let dates = "\(release.info.effectiveFrom) to \(release.info.effectiveThrough)"
      let count = String(release.billableCount).padding(toLength: 8, withPad: " ", startingAt: 0)
      print("\(id) \(dates)  \(count)  \(source.isImported ? "imported" : "shipped"): \(source.tabularURL.path)")
    }
    let locator = DataLocator.standard()
    print(
      "Imported releases go to \(locator.userReleaseFolder.path); compiled stores live in \(locator.cacheFolder.path).")
  }
}

/// `m54 data import FILE`: validate and add a release downloaded from CDC.
struct DataImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Add a tabular XML release (gzipped or not) downloaded from CDC.")

  @Argument(help: "The tabular XML file (icd10cm-tabular-YYYY.xml or .xml.gz).")
  var file: String

  @Option(help: "The matching code list or order file, to validate 7th-character codes.")
  var codeList: String?

  @Option(help: "Release identifier; default FY<version> (-April when the file name says so).")
  var id: String?

  @Option(help: ArgumentHelp("First date of service; default from the fiscal year.", valueName: "YYYY-MM-DD"))
  var effectiveFrom: ServiceDateArgument?

  @Option(
    help: ArgumentHelp("Last date of service; default September 30 of the fiscal year.", valueName: "YYYY-MM-DD"))
  var effectiveThrough: ServiceDateArgument?

  func run() throws {
    let from = effectiveFrom?.date
    let through = effectiveThrough?.date
    let codeSet = try CodeSetLoader.load()
    let locator = DataLocator.standard()
    do {
      let result = try ReleaseImporter.importRelease(
        tabular: URL(fileURLWithPath: file), codeList: codeList.map { URL(fileURLWithPath: $0) }, id: id,
        effectiveFrom: from, effectiveThrough: through, existing: Set(codeSet.releases.map(\.info.id)),
        into: locator.userReleaseFolder)
      print(
        "Imported \(result.info.id): effective \(result.info.effectiveFrom) to \(result.info.effectiveThrough), \(result.billableCount) billable codes."
      )
      if !result.missingFromTree.isEmpty || !result.extraInTree.isEmpty {
        print(
          "Warning: the tree and the code list disagree: \(result.missingFromTree.count) listed codes missing, \(result.extraInTree.count) extra."
        )
      }
    } catch let error as ImportError {
      Console.error("m54: import failed, nothing changed: \(error)")
      throw ExitCode(2)
    }
  }
}

/// `m54 data lint`: notes whose parentheses hold something code-like that did not resolve.
struct DataLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "List note references that do not resolve to a code, and notes naming a chapter in words, per release.")

  func run() throws {
    let codeSet = try CodeSetLoader.load()
    var total = 0
    for release in codeSet.releases {
      let issues = release.lintIssues()
      total += issues.count
      print("\(release.info.id): \(issues.count) unresolved reference\(issues.count == 1 ? "" : "s")")
      for issue in issues {
        print("  \(issue.carrier) \(issue.kind): \"\(issue.reference)\" in \"\(issue.note)\"")
      }
      let chapterReferences = release.chapterReferences(curated: try? CuratedReferences.load())
      print("  \(chapterReferences.count) note\(chapterReferences.count == 1 ? "" : "s") naming a chapter in words:")
      for reference in chapterReferences {
        Console.out("    \(reference.carrier) \(reference.kind): \"\(reference.note)\" → \(reference.resolution)")
      }
      if !release.missingFromTree.isEmpty || !release.extraInTree.isEmpty {
        print("  code list mismatch: \(release.missingFromTree.count) missing, \(release.extraInTree.count) extra")
      }
    }
    if total > 0 { throw ExitCode(1) }
  }
}

/// `m54 data compile`: rebuild the compiled stores from the official files.
struct DataCompileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compile", abstract: "Recompile the stores from the official release files.")

  @Option(help: "Write the stores to this folder instead of the cache (for reproducibility checks).")
  var output: String?

  func run() throws {
    let locator = DataLocator.standard()
    var sources: [ReleaseSource] = []
    for folder in locator.releaseFolders { sources += try ReleaseSource.manifest(in: folder, imported: false) }
    sources += try ReleaseSource.manifest(in: locator.userReleaseFolder, imported: true)
    let cache = ReleaseCache(folder: output.map { URL(fileURLWithPath: $0) } ?? locator.cacheFolder)
    try FileManager.default.createDirectory(at: cache.folder, withIntermediateDirectories: true)
    for source in sources {
      let start = Date()
      let bytes = try ReleaseCache.compile(source)
      let url =
        output == nil ? cache.storeURL(for: source) : cache.folder.appendingPathComponent("\(source.info.id).m54s")
      try Data(bytes).write(to: url, options: .atomic)
      print(
        "\(source.info.id): \(bytes.count) bytes in \(String(format: "%.2f", Date().timeIntervalSince(start))) s → \(url.path)"
      )
    }
  }
}
