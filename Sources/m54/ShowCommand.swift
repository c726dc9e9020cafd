import ArgumentParser
import CodingCore
import Foundation

/// `m54 show CODE`: a code's title, status, every applicable note with its source, children, history.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a code with every note that applies to it, own and inherited.")

  @Argument(help: "The code (any case, with or without the dot), or a section id such as M50-M54.")
  var code: String

  @OptionGroup var releaseOptions: ReleaseOptions

  @OptionGroup var output: JSONOption

  func validate() throws {
    guard !code.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError("Give a code, e.g. `m54 show M54.50`.")
    }
  }

  func run() throws {
    try Self.show(code, json: output.json) { try releaseOptions.resolve(in: $0) }
  }

  /// Prints a code's report from the release `choose` picks.
  static func show(_ code: String, json: Bool, choose: (CodeSet) throws -> Release) throws {
    let codeSet = try CodeSetLoader.load()
    let release = try choose(codeSet)
    let id = try CodeSetLoader.node(code, in: release)
    let report = CodeReport(release: release, node: id, history: codeSet.history(of: release.code(id)))
    if json {
      print(try report.jsonString())
    } else {
      Console.out(report.text(), terminator: "")
    }
  }
}
