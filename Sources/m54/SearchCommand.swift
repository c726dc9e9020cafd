import ArgumentParser
import CodingCore
import Foundation

/// `m54 search QUERY`: codes by code, title words and inclusion terms, typo tolerant.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search codes by code, or by words of titles, inclusion terms and the Alphabetic Index.")

  @Argument(parsing: .remaining, help: "The query: a code or prefix (m5450, M54.5) or words (lumbago, back pain).")
  var query: [String]

  @Option(help: "Maximum number of results.")
  var limit = Self.defaultLimit

  /// The `--limit` when none is given (the plain form uses it too).
  static let defaultLimit = 10

  @OptionGroup var releaseOptions: ReleaseOptions

  @OptionGroup var output: JSONOption

  func validate() throws {
    guard !query.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError("Give a query, e.g. `m54 search lumbago`.")
    }
    guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
  }

  func run() throws {
    try Self.search(query, limit: limit, json: output.json) { try releaseOptions.resolve(in: $0) }
  }

  /// Prints the codes a query finds in the release `choose` picks (see ``PlainCommand``).
  static func search(_ query: [String], limit: Int, json: Bool, choose: (CodeSet) throws -> Release) throws {
    let codeSet = try CodeSetLoader.load()
    let release = try choose(codeSet)
    let hits = release.search(
      query.joined(separator: " "), limit: limit, index: codeSet.alphabeticIndex(for: release))
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(hits), as: UTF8.self))
      return
    }
    if hits.isEmpty {
      Console.error("No code matches \"\(query.joined(separator: " "))\" in \(release.info.id).")
      throw ExitCode(1)
    }
    let width = hits.map(\.code.count).max() ?? 7
    for hit in hits {
      let code = hit.code.padding(toLength: width, withPad: " ", startingAt: 0)
      let flag = hit.billable ? " " : "+"
      var line = "\(code) \(flag) \(hit.title)"
      if hit.field == .inclusionTerm { line += "  (\(hit.matched))" }
      if hit.field == .crossReference { line += "  (see: \(hit.matched))" }
      if hit.field == .index { line += "  (index: \(hit.matched))" }
      Console.out(line)
    }
  }
}
