import ArgumentParser
import CodingCore
import Foundation
import GRDB
import ReviewStore
import WorkbenchAdapters
import WorkbenchUI

/// `m54 review bench BATCH`: the review's speed figures on a batch (run on a release build).
struct ReviewBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure opening, deciding, stepping and exporting a review of a batch.",
    discussion: """
      Uses a temporary workspace in --folder (default: the system's temporary folder). Each figure is
      wall time, with the process's CPU time (user + system, all threads) in brackets.
      """,
    shouldDisplay: false)

  @Argument(help: "The batch file (e.g. python3 gen_encounters.py 100000 FILE).")
  var batch: String

  @Option(help: "Decisions to time one by one.")
  var decisions = 50

  @Option(help: "Encounters accepted in bulk before the export (default: all the others).")
  var bulk: Int?

  @Option(help: "Steps to the next encounter to time.")
  var steps = 30

  @Option(help: "A folder for the temporary workspace.")
  var folder: String?

  @Flag(help: "Keep the workspace (its path is printed), to time `m54 review export` on it as a whole process.")
  var keep = false

  /// A wall and CPU clock started together.
  struct Clock {
    let wall = DispatchTime.now().uptimeNanoseconds
    let cpu = Clock.cpuNow()

    static func cpuNow() -> Double {
      var usage = rusage()
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9 }
    var cpuSeconds: Double { Self.cpuNow() - cpu }
    /// `123.45 ms (CPU 120.00 ms)`
    var text: String { "\(ReviewBenchCommand.ms(seconds)) (CPU \(ReviewBenchCommand.ms(cpuSeconds)))" }
  }

  static func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }
  static func median(_ v: [Double]) -> Double { v.isEmpty ? 0 : v.sorted()[v.count / 2] }

  func run() throws {
    let dir = (folder ?? NSTemporaryDirectory()) + "/m54-review-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let workspace = dir + "/bench.m54review"
    defer {
      if keep {
        print("workspace kept: \(workspace)")
      } else {
        try? FileManager.default.removeItem(atPath: dir)
      }
    }
    let engine = try CheckCommand.loadEngine()
    _ = engine.check(Encounter(date: ServiceDate.today(), codes: ["M54.50"]))

    var clock = Clock()
    let loaded = try ReviewSupport.loadBatch(batch)
    print("batch: \(loaded.entries.count) encounters, \(loaded.size) bytes; read+hash+parse \(clock.text)")
    print("bare WAL + synchronous=FULL commit of one row on this disk: median \(Self.ms(try bareCommit(dir)))")

    for (label, fresh) in [("new workspace", true), ("reopen", false)] {
      clock = Clock()
      let again = try ReviewSupport.loadBatch(batch)
      let session = try ReviewSession(
        batch: again, workspacePath: workspace, reviewer: "bench", rebind: false, engine: engine,
        checkInBackground: true)
      let opened = clock.text
      let frame = firstFrame(session, engine: engine)
      print("\(label): batch + session \(opened), first frame \(clock.text) (workbench \(Self.ms(frame.first)))")
      session.waitForChecks()
      if fresh { print("  background check of the whole batch done after \(clock.text)") }
      let timed = stepFigures(session, engine: engine)
      print(
        "  step to the next encounter: median \(Self.ms(timed.step)) (key \(Self.ms(timed.key)), render \(Self.ms(timed.render))) of \(steps)"
      )
      if fresh {
        var times: [Double] = []
        let c = Clock()
        for entry in again.entries.prefix(decisions) {
          let s = Clock()
          try session.accept(entry.id)
          times.append(s.seconds)
        }
        print(
          "  decision commit (fsync): median \(Self.ms(Self.median(times))) of \(times.count), max \(Self.ms(times.max() ?? 0)); all \(c.text)"
        )
        let bulkClock = Clock()
        let now = ReviewWorkspace.utcNow()
        let rest = again.entries.dropFirst(decisions)
        let many = rest.prefix(bulk ?? rest.count).map { e in
          Decision(
            encounterID: e.id, line: e.line, coder: e.coder, submitted: e.codes, kind: .accept, corrected: nil,
            note: nil, reviewer: "bench", decidedAt: now, changes: [], findingsBefore: [], findingsAfter: nil)
        }
        try session.workspace.decide(all: many)
        print("  bulk accept of \(many.count) in one transaction: \(bulkClock.text)")
      }
      session.workspace.close()
    }
    try exports(workspace: workspace, dir: dir, engine: engine)
  }

  /// Each export format as `m54 review export` makes it (batch read again, decisions read once).
  private func exports(workspace: String, dir: String, engine: RulesEngine) throws {
    let ws = try ReviewWorkspace.open(path: workspace, create: false)
    defer { ws.close() }
    for format in ReviewExporter.Format.allCases {
      let clock = Clock()
      let loaded = try ReviewSupport.loadBatch(batch)
      let meta = try ws.allMeta()
      let decided = try ws.decisions(findings: false)
      func metrics() throws -> ReviewMetrics {
        ReviewMetrics(
          decisions: decided, dispositions: try ws.dispositions(), meta: meta, reviewers: try ws.reviewers())
      }
      var bytes = 0
      try AtomicFile.write(to: dir + "/export.\(format)", protecting: [workspace, batch]) { emit in
        _ = try ReviewExporter.export(
          format, batch: loaded, decisions: decided, engine: engine, meta: meta, metrics: metrics
        ) { part in
          bytes += part.count
          try emit(part)
        }
      }
      print("export \(format) of \(decided.count) decided encounters: \(clock.text) (\(bytes) bytes)")
    }
    let clock = Clock()
    _ = try ReviewMetrics(workspace: ws)
    print("status metrics: \(clock.text)")
  }

  /// The disk's floor: one-row transactions in WAL mode with `synchronous=FULL`, median of 30.
  private func bareCommit(_ dir: String) throws -> Double {
    var config = Configuration()
    config.journalMode = .wal
    config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
    let queue = try DatabaseQueue(path: dir + "/bare.sqlite", configuration: config)
    defer { try? queue.close() }
    try queue.write { db in try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)") }
    var times: [Double] = []
    for i in 0..<30 {
      let clock = Clock()
      try queue.write { db in
        try db.cachedStatement(sql: "INSERT INTO t(v) VALUES (?)").execute(arguments: ["value \(i)"])
      }
      times.append(clock.seconds)
    }
    return Self.median(times)
  }

  private func workbench(_ review: ReviewSession, engine: RulesEngine) -> WorkbenchSession {
    MainActor.assumeIsolated {
      let library = CodingCoreLibrary(codeSet: engine.codeSet)
      let environment = WorkbenchEnvironment(
        library: library, checker: RulesEngineChecker(engine: engine, library: library))
      var session = WorkbenchSession(environment: environment, width: 120, height: 40)
      let adapter = ReviewBackendAdapter(session: review)
      session.send(.batchLoaded(adapter.batchFile))
      session.openReview(adapter)
      return session
    }
  }

  /// Time to build the workbench on the review and render its first frame.
  private func firstFrame(_ review: ReviewSession, engine: RulesEngine) -> (first: Double, Void) {
    let clock = Clock()
    let session = workbench(review, engine: engine)
    _ = MainActor.assumeIsolated { session.render() }
    return (clock.seconds, ())
  }

  /// Median times of a step to the next encounter: the key (state and viewports), the render, both.
  private func stepFigures(_ review: ReviewSession, engine: RulesEngine) -> (step: Double, key: Double, render: Double)
  {
    var session = workbench(review, engine: engine)
    return MainActor.assumeIsolated {
      var buffer = session.render()
      var keys: [Double] = []
      var renders: [Double] = []
      var both: [Double] = []
      for _ in 0..<steps {
        let s = Clock()
        session.press("j")
        let k = s.seconds
        session.render(into: &buffer)
        keys.append(k)
        both.append(s.seconds)
        renders.append(s.seconds - k)
      }
      return (Self.median(both), Self.median(keys), Self.median(renders))
    }
  }
}
