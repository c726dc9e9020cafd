import ArgumentParser
import CodingCore
import Foundation
import ReviewStore

/// `m54 review export WORKSPACE --format csv|jsonl|md|html [--out FILE]`.
struct ReviewExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export a review: one row per encounter (csv, jsonl) or a report (md, html).",
    discussion: """
      The batch recorded in the workspace is read again (it must be unchanged). --out is written
      atomically with mode 0600 and never overwrites the workspace or the batch.
      """)

  @Argument(help: "The workspace file.")
  var workspace: String

  @Option(help: "csv, jsonl, md or html.")
  var format: String

  @Option(help: "Write to a file instead of standard output.")
  var out: String?

  @Option(help: "The reviewer recorded in the trail for this export (default: $USER).")
  var reviewer: String?

  func run() throws {
    guard let chosen = ReviewExporter.Format(rawValue: format.lowercased()) else {
      Console.error("m54: bad --format \"\(TextSafety.printable(format))\" (csv, jsonl, md or html)")
      throw ExitCode(2)
    }
    let ws = try ReviewSupport.openWorkspace(workspace)
    defer { ws.close() }
    do {
      let meta = try ws.allMeta()
      guard let batchPath = meta["batch_path"], let recorded = meta["batch_sha256"] else {
        throw WorkspaceError.damaged(path: workspace, detail: "no batch recorded")
      }
      // The rules engine and the decisions are read on another thread while the batch is read here.
      let background = BackgroundResults()
      let reading = DispatchGroup()
      DispatchQueue.global(qos: .userInitiated).async(group: reading) {
        background.engine = Result { try CheckCommand.loadEngine() }
        background.decisions = Result { try ws.decisions(findings: false) }
      }
      // Waited for on every way out, before the workspace is closed under the reading thread.
      defer { reading.wait() }
      let batch = try ReviewSupport.loadBatch(batchPath)
      reading.wait()
      guard batch.sha256 == recorded else {
        throw WorkspaceError.batchChanged(path: workspace, batch: batchPath, recorded: recorded, found: batch.sha256)
      }
      guard let engineResult = background.engine, let decisionsResult = background.decisions else { throw ExitCode(2) }
      let engine = try engineResult.get()
      let decisions = try decisionsResult.get()
      func metrics() throws -> ReviewMetrics {
        ReviewMetrics(
          decisions: decisions, dispositions: try ws.dispositions(), meta: meta, reviewers: try ws.reviewers())
      }
      // Written a part at a time: a batch of any size is exported in bounded memory.
      func export(_ emit: ([UInt8]) throws -> Void) throws -> Int {
        try ReviewExporter.export(
          chosen, batch: batch, decisions: decisions, engine: engine, meta: meta, metrics: metrics, emit: emit)
      }
      var rows = 0
      if let out {
        try AtomicFile.write(to: out, protecting: [workspace, batchPath]) { emit in rows = try export(emit) }
      } else {
        rows = try export { FileHandle.standardOutput.write(Data($0)) }
      }
      let who = reviewer ?? ReviewSession.loginName()
      try ws.appendTrail(
        action: "export", reviewer: who,
        value: "{\"format\":\"\(chosen.rawValue)\",\"out\":\(Self.jsonString(out ?? "-")),\"rows\":\(rows)}")
    } catch let error as WorkspaceError {
      throw ReviewSupport.fail(error)
    }
  }

  static func jsonString(_ s: String) -> String {
    let data =
      (try? JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
    let text = String(decoding: data, as: UTF8.self)
    return String(text.dropFirst().dropLast())
  }
}

/// What the export reads on another thread, handed over once that thread is done (the group's
/// wait orders the accesses).
private final class BackgroundResults: @unchecked Sendable {
  var engine: Result<RulesEngine, any Error>?
  var decisions: Result<[Decision], any Error>?
}
