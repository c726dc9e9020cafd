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
    let rows = zip(codeSet.releases, codeSet.sources).map { release, source in
      [
        release.info.id, "\(release.info.effectiveFrom) to \(release.info.effectiveThrough)",
        String(release.billableCount),
        "\(source.isImported ? "imported" : "shipped"): \(source.tabularURL.path)",
      ]
    }
    print(DataListCommand.table(header: ["Release", "Effective", "Billable", "Source"], rows: rows), terminator: "")
    for release in codeSet.releases {
      guard let index = codeSet.alphabeticIndex(for: release) else { continue }
      print("Alphabetic Index for \(release.info.id): \(index.release) (\(index.file), \(index.count) terms)")
    }
    let locator = DataLocator.standard()
    print(
      "Imported releases go to \(locator.userReleaseFolder.path); compiled stores live in \(locator.cacheFolder.path).")
  }
}

extension DataListCommand {
  /// Columns padded to their widest cell (header included), two spaces apart; the last is not padded.
  static func table(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in
      all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    return all.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}

/// `m54 data import FILE`: validate and add a release downloaded from CDC.
struct DataImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Add a tabular XML release, or an Alphabetic Index (CDC XML or flattened CSV), gzipped or not.")

  @Argument(
    help: "The tabular XML file (icd10cm-tabular-YYYY.xml[.gz]) or index (icd10cm-index-YYYY.xml, index-*.csv[.gz]).")
  var file: String

  @Option(help: "The matching code list or order file, to validate 7th-character codes.")
  var codeList: String?

  @Option(
    help:
      "Release identifier; default FY<version> (-April when the file name says so). For an index: the release it belongs to."
  )
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
    if IndexImporter.looksLikeIndex(URL(fileURLWithPath: file)) { return try importIndex(codeSet, locator) }
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

extension DataImportCommand {
  /// Imports an Alphabetic Index for a loaded release.
  func importIndex(_ codeSet: CodeSet, _ locator: DataLocator) throws {
    let url = URL(fileURLWithPath: file)
    let ids = codeSet.releases.map(\.info.id)
    guard let name = id ?? IndexImporter.defaultRelease(for: url, among: ids) else {
      Console.error(
        "m54: import failed, nothing changed: \(file): the release of this index is not in its name; give --id (one of \(ids.joined(separator: ", ")))"
      )
      throw ExitCode(2)
    }
    guard let release = codeSet.release(named: name),
      let source = codeSet.sources.first(where: { $0.info.id == release.info.id })
    else {
      Console.error(
        "m54: import failed, nothing changed: no release \"\(name)\"; loaded: \(ids.joined(separator: ", "))")
      throw ExitCode(2)
    }
    do {
      let result = try IndexImporter.importIndex(url, release: source, into: locator.userReleaseFolder)
      print(
        "Imported the Alphabetic Index for \(result.release): \(result.mainTerms) main terms, \(result.terms) terms.")
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
