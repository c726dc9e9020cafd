import ArgumentParser
import CodingCore
import Foundation

/// `m54 history CODE`: the code in every loaded release, and what changed.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "Show a code across every loaded release: presence, status, title, changes.")

  @Argument(help: "The code, as typed.")
  var code: String

  @OptionGroup var output: JSONOption

  func validate() throws {
    guard !code.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError("Give a code, e.g. `m54 history M54.5`.")
    }
  }

  func run() throws {
    let codeSet = try CodeSetLoader.load()
    let history = codeSet.history(of: code)
    guard history.entries.contains(where: \.present) else {
      _ = try CodeSetLoader.node(code, in: codeSet.latest)
      return
    }
    if output.json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(history), as: UTF8.self))
      return
    }
    Console.out(history.code)
    let width = history.entries.map(\.release.count).max() ?? 12
    for entry in history.entries {
      let name = entry.release.padding(toLength: width, withPad: " ", startingAt: 0)
      let status = entry.status.padding(toLength: 8, withPad: " ", startingAt: 0)
      Console.out("  \(name)  \(status)  \(entry.title ?? "")")
    }
    if history.changes.isEmpty { print("No change across the loaded releases.") }
    for change in history.changes {
      var line: String
      switch change.kind {
      case "added": line = "Added: absent in \(change.from), present in \(change.to)"
      case "deleted": line = "Deleted: present in \(change.from), absent in \(change.to)"
      case "became-header": line = "Became a header in \(change.to) (billable in \(change.from))"
      case "became-billable": line = "Became billable in \(change.to)"
      default: line = "Retitled in \(change.to): \(change.detail ?? "")"
      }
      if !change.replacedBy.isEmpty { line += "; replaced by \(change.replacedBy.joined(separator: ", "))" }
      Console.out(line)
    }
  }
}
