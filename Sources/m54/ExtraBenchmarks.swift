import CodingCore
import Foundation
import M54Benchmarks
import WorkbenchAdapters
import WorkbenchUI

/// Benchmarks of the rules engine and the audit, reported by `m54 bench`.
enum ExtraBenchmarks {
  /// Runs them and returns one line per figure; `auditFile` is a batch to audit (jsonl output to memory).
  static func run(codeSet: CodeSet, auditFile: String?) -> [String] {
    guard let engine = try? RulesEngine.load(codeSet: codeSet) else { return ["rules: cannot load the rules data"] }
    var lines: [String] = []
    let median = RulesBenchmark.medianCheckNanoseconds(engine: engine)
    lines.append(
      String(
        format: "check one encounter of 1-8 codes (%d fixed encounters, warm): median %.1f µs (goal < 20 µs)",
        RulesBenchmark.encounters.count, median / 1000))
    let cold = RulesBenchmark.coldCodeNanoseconds(codeSet: codeSet, checklist: engine.checklist)
    lines.append(
      String(format: "first check of a code (cold), mean over every billable FY2026 code: %.1f µs", cold / 1000))
    if let auditFile {
      // Five runs, each on a fresh engine (cold tables, as in a new process): wall times on a shared
      // machine vary, so the median and the best are both shown.
      let runs = (0..<5).compactMap { _ in
        RulesBenchmark.auditThroughput(
          engine: RulesEngine(codeSet: codeSet, checklist: engine.checklist, curated: engine.curated), path: auditFile)
      }
      if let first = runs.first {
        let seconds = runs.map(\.seconds).sorted()
        lines.append(
          String(
            format:
              "audit %@: %d encounters in %.2f s median, %.2f s best of %d runs (%.0f encounters/s median), %d bytes of jsonl (goal: 100,000 in < 0.25 s)",
            auditFile, first.encounters, seconds[seconds.count / 2], seconds[0], seconds.count,
            Double(first.encounters) / seconds[seconds.count / 2], first.outputBytes))
      } else {
        lines.append("audit \(auditFile): cannot read the file")
      }
    } else {
      lines.append(
        "audit: pass --audit-file FILE (e.g. from gen_encounters.py 100000 FILE) to measure batch throughput")
    }
    let library = CodingCoreLibrary(codeSet: codeSet)
    let figures = WorkbenchBenchmark.run(
      library: library, checker: RulesEngineChecker(engine: engine, library: library), width: 200, height: 60)
    lines.append(
      String(
        format:
          "workbench 200x60: first frame %.1f ms in process (goal < 100 ms after launch); keystroke (reducer, render, diff) median %.0f µs, p99 %.0f µs (goal < 4 ms); %.0f of %.0f cells redrawn per key",
        figures["first-frame-ms"] ?? 0, figures["keystroke-median-us"] ?? 0, figures["keystroke-p99-us"] ?? 0,
        figures["changed-cells-per-key"] ?? 0, figures["cells"] ?? 0))
    lines.append(
      String(
        format:
          "workbench 200x60: index pane keystroke median %.0f µs, p99 %.0f µs; search line keystroke median %.0f µs, p99 %.0f µs (goal < 4 ms)",
        figures["index-keystroke-median-us"] ?? 0, figures["index-keystroke-p99-us"] ?? 0,
        figures["search-keystroke-median-us"] ?? 0, figures["search-keystroke-p99-us"] ?? 0))
    return lines
  }
}
