import ArgumentParser
import Foundation
import ReviewStore

/// `m54 review log WORKSPACE [--json]`: the append-only audit trail.
struct ReviewLogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "Print a review's audit trail (who decided what, when, and the value before).")

  @Argument(help: "The workspace file.")
  var workspace: String

  @Flag(help: "One JSON object per line.")
  var json = false

  func run() throws {
    let ws = try ReviewSupport.openWorkspace(workspace)
    defer { ws.close() }
    let entries: [TrailEntry]
    do { entries = try ws.trail() } catch let error as WorkspaceError { throw ReviewSupport.fail(error) }
    for e in entries {
      if json {
        var w = "{\"seq\":\(e.seq),\"at\":\(ReviewExportCommand.jsonString(e.at)),\"reviewer\":"
        w += ReviewExportCommand.jsonString(e.reviewer) + ",\"action\":" + ReviewExportCommand.jsonString(e.action)
        w += ",\"encounter_id\":" + (e.encounterID.map(ReviewExportCommand.jsonString) ?? "null")
        w += ",\"previous\":" + (e.previous ?? "null") + ",\"value\":" + (e.value ?? "null") + "}"
        print(w)
      } else {
        let what = [e.encounterID, e.value.map { "now \($0)" }, e.previous.map { "was \($0)" }].compactMap { $0 }
        print(TextSafety.printable("\(e.seq)  \(e.at)  \(e.reviewer)  \(e.action)  \(what.joined(separator: "  "))"))
      }
    }
  }
}
