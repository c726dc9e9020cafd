import CodingCore
import Foundation

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
    lines.append(String(format: "first check of a code (cold), mean over every billable FY2026 code: %.1f µs", cold / 1000))
    if let auditFile {
      if let figures = RulesBenchmark.auditThroughput(engine: RulesEngine(codeSet: codeSet, checklist: engine.checklist, curated: engine.curated), path: auditFile) {
        lines.append(
          String(
            format: "audit %@: %d encounters in %.2f s (%.0f encounters/s), %d bytes of jsonl (goal: 100,000 in < 0.25 s)",
            auditFile, figures.encounters, figures.seconds, figures.encountersPerSecond, figures.outputBytes))
      } else {
        lines.append("audit \(auditFile): cannot read the file")
      }
    } else {
      lines.append("audit: pass --audit-file FILE (e.g. from gen_encounters.py 100000 FILE) to measure batch throughput")
    }
    return lines
  }
}
