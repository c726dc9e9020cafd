import ArgumentParser
import CodingCore
import Foundation
import ReviewStore
import WorkbenchAdapters
import WorkbenchUI

/// `m54 review bench BATCH`: the review's speed figures on a batch (run on a release build).
struct ReviewBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure opening, deciding, stepping and exporting a review of a batch.",
    discussion: "Uses a temporary workspace beside --folder (default: the system's temporary folder).",
    shouldDisplay: false)

  @Argument(help: "The batch file (e.g. python3 gen_encounters.py 100000 FILE).")
  var batch: String

  @Option(help: "Decisions to time one by one.")
  var decisions = 50

  @Option(help: "A folder for the temporary workspace.")
  var folder: String?

  static func seconds(_ start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
  static func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }
  static func median(_ v: [Double]) -> Double { v.isEmpty ? 0 : v.sorted()[v.count / 2] }

  func run() throws {
    let dir = (folder ?? NSTemporaryDirectory()) + "/m54-review-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let workspace = dir + "/bench.m54review"
    let engine = try CheckCommand.loadEngine()
    _ = engine.check(Encounter(date: ServiceDate.today(), codes: ["M54.50"]))

    var t = DispatchTime.now().uptimeNanoseconds
    guard let data = FileManager.default.contents(atPath: batch) else {
      throw ReviewSupport.usage("cannot read \(batch)")
    }
    let readTime = Self.seconds(t)
    t = DispatchTime.now().uptimeNanoseconds
    _ = SHA256.hash([UInt8](data))
    let hashTime = Self.seconds(t)
    t = DispatchTime.now().uptimeNanoseconds
    let loaded = try ReviewSupport.loadBatch(batch)
    let loadTime = Self.seconds(t)
    print(
      "batch: \(loaded.entries.count) encounters, \(loaded.size) bytes; read \(Self.ms(readTime)), SHA-256 \(Self.ms(hashTime)), read+hash+parse \(Self.ms(loadTime))"
    )

    for (label, fresh) in [("new workspace", true), ("reopen", false)] {
      t = DispatchTime.now().uptimeNanoseconds
      let again = try ReviewSupport.loadBatch(batch)
      let session = try ReviewSession(
        batch: again, workspacePath: workspace, reviewer: "bench", rebind: false, engine: engine,
        checkInBackground: true)
      let opened = Self.seconds(t)
      let frame = firstFrame(session, engine: engine)
      session.waitForChecks()
      if fresh { print("background check of the whole batch done after \(Self.ms(Self.seconds(t)))") }
      print(
        "\(label): batch + session \(Self.ms(opened)), first frame \(Self.ms(opened + frame.first)) (workbench \(Self.ms(frame.first))), step to next encounter median \(Self.ms(frame.step))"
      )
      if fresh {
        var times: [Double] = []
        for entry in again.entries.prefix(decisions) {
          let s = DispatchTime.now().uptimeNanoseconds
          try session.accept(entry.id)
          times.append(Self.seconds(s))
        }
        print(
          "decision commit (fsync): median \(Self.ms(Self.median(times))) of \(times.count), max \(Self.ms(times.max() ?? 0))"
        )
        t = DispatchTime.now().uptimeNanoseconds
        let now = ReviewWorkspace.utcNow()
        let bulk = again.entries.dropFirst(decisions).map { e in
          Decision(
            encounterID: e.id, line: e.line, coder: e.coder, submitted: e.codes, kind: .accept, corrected: nil,
            note: nil,
            reviewer: "bench", decidedAt: now, changes: [], findingsBefore: [], findingsAfter: nil)
        }
        try session.workspace.decide(all: bulk)
        print("bulk accept of \(bulk.count) in one transaction: \(Self.ms(Self.seconds(t)))")
      }
      session.workspace.close()
    }
    let ws = try ReviewWorkspace.open(path: workspace, create: false)
    for format in ["jsonl", "csv", "html"] {
      t = DispatchTime.now().uptimeNanoseconds
      let rows = ExportRow.rows(batch: loaded, decisions: try ws.decisions(findings: false), engine: engine)
      let bytes: [UInt8]
      switch format {
      case "jsonl": bytes = ReviewExporter.jsonl(rows)
      case "csv": bytes = ReviewExporter.csv(rows)
      default: bytes = ReviewReport.html(try ReviewMetrics(workspace: ws), meta: try ws.allMeta(), rows: rows)
      }
      try AtomicFile.write(bytes, to: dir + "/export.\(format)", protecting: [workspace, batch])
      print("export \(format) of \(rows.count) decided encounters: \(Self.ms(Self.seconds(t))) (\(bytes.count) bytes)")
    }
    t = DispatchTime.now().uptimeNanoseconds
    _ = try ReviewMetrics(workspace: ws)
    print("status metrics: \(Self.ms(Self.seconds(t)))")
  }

  /// Time to build the workbench on the review and render its first frame; median time of a step.
  private func firstFrame(_ review: ReviewSession, engine: RulesEngine) -> (first: Double, step: Double) {
    MainActor.assumeIsolated {
      let t = DispatchTime.now().uptimeNanoseconds
      let library = CodingCoreLibrary(codeSet: engine.codeSet)
      let environment = WorkbenchEnvironment(
        library: library, checker: RulesEngineChecker(engine: engine, library: library))
      var session = WorkbenchSession(environment: environment, width: 120, height: 40)
      let adapter = ReviewBackendAdapter(session: review)
      session.send(.batchLoaded(adapter.batchFile))
      session.openReview(adapter)
      var buffer = session.render()
      let first = Self.seconds(t)
      var steps: [Double] = []
      for _ in 0..<30 {
        let s = DispatchTime.now().uptimeNanoseconds
        session.press("j")
        session.render(into: &buffer)
        steps.append(Self.seconds(s))
      }
      return (first, Self.median(steps))
    }
  }
}
