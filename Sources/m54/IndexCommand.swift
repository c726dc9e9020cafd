import ArgumentParser
import CodingCore
import Foundation

/// `m54 index TERM`: the Alphabetic Index entries for a term, as the printed index shows them, each
/// code checked against the release in force on the date.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Look a term up in the Alphabetic Index; codes are checked against the release in force.")

  @Argument(parsing: .remaining, help: "The term: main term and subterm words in any order (pain low back).")
  var term: [String]

  @Option(help: "Date of service (YYYY-MM-DD) choosing the release codes are checked against; default today.")
  var date: String?

  @Option(help: "Release to check codes against instead of the one in force on the date.")
  var release: String?

  @Option(help: "Maximum number of matching terms shown.")
  var limit = Self.defaultLimit

  /// The `--limit` when none is given (the plain form uses it too).
  static let defaultLimit = 10

  @Flag(help: "Follow \"see\" and \"see also\" cross-references and show what they point to.")
  var follow = false

  @Flag(help: "Write JSON instead of text.")
  var json = false

  func validate() throws {
    guard !term.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError("Give a term, e.g. `m54 index pain back`.")
    }
    guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
  }

  func run() throws {
    try Self.lookUp(term, date: date, release: self.release, limit: limit, follow: follow, json: json)
  }

  /// Looks a term up and prints its entries (see ``PlainCommand`` for the form run without the parser).
  static func lookUp(_ term: [String], date: String?, release chosen: String?, limit: Int, follow: Bool, json: Bool)
    throws
  {
    var serviceDate = ServiceDate.today()
    if let date {
      guard let parsed = ServiceDate(iso: date) else {
        Console.error("m54: bad date \"\(date)\" (expected YYYY-MM-DD)")
        throw ExitCode(2)
      }
      serviceDate = parsed
    }
    let codeSet = try CodeSetLoader.load()
    let release: Release
    var approximate = false
    if chosen != nil {
      release = try CodeSetLoader.release(chosen, in: codeSet)
    } else {
      let selection = codeSet.select(for: serviceDate)
      release = selection.release
      approximate = selection.isApproximate
    }
    guard let index = codeSet.alphabeticIndex(for: release) else {
      Console.error(
        "m54: no Alphabetic Index is loaded; add one with `m54 data import icd10cm-index-YYYY.xml --id RELEASE`")
      throw ExitCode(2)
    }
    let query = term.joined(separator: " ")
    let roots = index.lookUp(query, limit: limit)
    let printer = IndexPrinter(index: index, release: release, follow: follow)
    if json {
      print(try printer.json(roots, query: query))
      if roots.isEmpty { throw ExitCode(1) }
      return
    }
    guard !roots.isEmpty else {
      Console.error("No index term matches \"\(query)\"; try fewer words or `m54 search \(query)`.")
      throw ExitCode(1)
    }
    var heading = "Alphabetic Index \(index.release); codes checked against \(release.info.id)"
    if chosen == nil {
      heading += " (date of service \(serviceDate)\(approximate ? ", nearest release" : ""))"
    }
    // Written in one piece: `print` boxes its text and looks protocols up at run time, a measurable
    // part of a 15 ms command.
    do {
      try FileHandle.standardOutput.write(contentsOf: Data((heading + "\n" + printer.text(roots)).utf8))
    } catch {
      // The same words as every other command's (the C library's for the failed write).
      Console.error("m54: cannot write the output (\(String(cString: strerror(errno))))")
      throw ExitCode(2)
    }
  }
}
