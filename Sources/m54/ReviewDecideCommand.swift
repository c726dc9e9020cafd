import ArgumentParser
import Foundation
import ReviewStore

/// `m54 review decide BATCH ID ACTION [ARGS...]`: one decision or disposition without the workbench
/// (for scripts and tests), recorded exactly as the workbench records it.
struct ReviewDecideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decide", abstract: "Record a decision or a finding's disposition without the workbench.",
    discussion: """
      Actions: accept [--note N] · query --note N · correct CODE... [--note N] [--reason CODE=REASON]... ·
      agree FINDING · dismiss FINDING REASON... (FINDING is the finding's number, as `m54 check` lists them).
      Reasons: not-documented, excludes1, missed-code, specificity, sequencing, invalid-on-date, other.
      """)

  @Argument(help: "The batch file.")
  var batch: String

  @Argument(help: "The encounter id.")
  var id: String

  @Argument(help: "accept, query, correct, agree or dismiss.")
  var action: String

  @Argument(help: "Codes (correct), or the finding number and the reason (agree, dismiss).")
  var values: [String] = []

  @Option(help: "The note (required for query).")
  var note: String?

  @Option(help: "Why a code changed: CODE=REASON (repeatable; inferred when absent).")
  var reason: [String] = []

  @Option(help: "The workspace file (default: the batch's default workspace).")
  var workspace: String?

  @Option(help: "The reviewer (default: the remembered one, then $USER).")
  var reviewer: String?

  @Flag(help: "Accept a changed batch, keeping the decisions whose encounter id and codes are unchanged.")
  var rebind = false

  func run() throws {
    var reasons: [String: ChangeReason] = [:]
    for text in reason {
      let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let r = ChangeReason(name: parts[1]) else {
        throw ReviewSupport.usage(
          "bad --reason \"\(TextSafety.printable(text))\" (CODE=REASON; reasons: \(ChangeReason.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
      }
      reasons[parts[0]] = r
    }
    let loaded = try ReviewSupport.loadBatch(batch)
    let session = try ReviewSupport.openSession(
      batch: loaded, workspace: workspace, reviewer: reviewer, rebind: rebind)
    defer { session.workspace.close() }
    do {
      switch action.lowercased() {
      case "accept": try session.accept(id, note: note)
      case "query": try session.query(id, note: note ?? "")
      case "correct": try session.correct(id, codes: values, note: note, reasons: reasons)
      case "agree", "dismiss":
        guard let first = values.first, let number = Int(first) else {
          throw ReviewSupport.usage("\(action) needs the finding's number")
        }
        if action.lowercased() == "agree" {
          try session.agree(id, finding: number)
        } else {
          try session.dismiss(id, finding: number, reason: values.dropFirst().joined(separator: " "))
        }
      default:
        throw ReviewSupport.usage(
          "unknown action \"\(TextSafety.printable(action))\" (accept, query, correct, agree or dismiss)")
      }
    } catch let error as WorkspaceError {
      throw ReviewSupport.fail(error)
    }
    Console.error("m54: saved (\(TextSafety.printable(session.workspace.path)))")
  }
}
