import CodingCore

#if canImport(Glibc)
  import Glibc
#endif

/// Speed measurements of the rules engine, for `m54 bench` (no timed tests).
package enum RulesBenchmark {
  /// A fixed set of FY2026 encounters of 1 to 8 codes: conflicts, inherited notes, headers, typos.
  package static let encounters: [[String]] = [
    ["M54.50"],
    ["M54.50", "M54.41"],
    ["M54.16", "G57.02", "M54.9"],
    ["m5450", "G89.29", "S39.012A", "M51.26"],
    ["M54.31", "M54.50", "F45.41", "R52", "M47.816"],
    ["S33.5XA", "M54.5", "M54.59", "M51.360", "G89.4", "M96.1"],
    ["M54.2", "R07.0", "M50.120", "G89.29", "M54.6", "M54.89", "S13.4XXA"],
    ["M48.061", "M45.6", "M51.17", "M54.42", "M51.362", "S39.012", "G57.01", "M54.40"],
  ]

  /// The date used for the fixed set.
  package static let date = ServiceDate(year: 2026, month: 5, day: 1) ?? ServiceDate.today()

  @inline(__always) static func nanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
  }

  /// The median time of one encounter check, in nanoseconds, over `rounds` passes of the fixed set
  /// (caches warmed first; the checklist is filled, as the workbench asks for it).
  package static func medianCheckNanoseconds(engine: RulesEngine, rounds: Int = 2_000, options: RuleOptions = .standard)
    -> Double
  {
    let prepared = encounters.map { Encounter(date: date, codes: $0, options: options) }
    for e in prepared { _ = engine.check(e) }
    var samples: [UInt64] = []
    samples.reserveCapacity(rounds * prepared.count)
    var sink = 0
    for _ in 0..<rounds {
      for e in prepared {
        let start = nanoseconds()
        let result = engine.check(e)
        let end = nanoseconds()
        sink &+= result.findings.count
        samples.append(end - start)
      }
    }
    samples.sort()
    _ = sink
    return samples.isEmpty ? 0 : Double(samples[samples.count / 2])
  }

  /// The mean cost of the first check of a code (resolving it, gathering its chain's notes), in
  /// nanoseconds, over every billable code of the latest release (a fresh engine is used).
  package static func coldCodeNanoseconds(codeSet: CodeSet, checklist: Checklist = .empty) -> Double {
    let engine = RulesEngine(codeSet: codeSet, checklist: checklist)
    let release = codeSet.latest
    var keys: [String] = []
    for n in 0..<release.nodeCount where release.isBillable(NodeID(n)) {
      keys.append(CodeNormalizer.key(release.code(NodeID(n))))
    }
    let start = nanoseconds()
    let sink = engine.resolveEntries(keys: keys, in: release)
    let elapsed = nanoseconds() - start
    _ = sink
    return keys.isEmpty ? 0 : Double(elapsed) / Double(keys.count)
  }

  /// The result of an audit throughput run.
  package struct AuditFigures: Sendable {
    /// Encounters audited.
    package var encounters: Int
    /// Wall time in seconds (reading, checking, writing to memory).
    package var seconds: Double
    /// Output bytes produced.
    package var outputBytes: Int
    /// Encounters per second.
    package var encountersPerSecond: Double { seconds > 0 ? Double(encounters) / seconds : 0 }
  }

  /// Audits a CSV or JSON Lines file with jsonl output to a byte counter (no disk writes).
  package static func auditThroughput(
    engine: RulesEngine, path: String, options: RuleOptions = RuleOptions(minimumSeverity: .warning)
  ) -> AuditFigures? {
    guard let reader = LineReader(path: path) else { return nil }
    let runner = AuditRunner(engine: engine, format: .jsonl, options: options)
    var bytes = 0
    let start = nanoseconds()
    let input = AuditRunner.inputFormat(path: path, firstByte: nil)
    guard let summary = try? runner.run(reader, input: input, write: { bytes += $0.count }, diagnostic: { _ in }) else {
      return nil
    }
    let seconds = Double(nanoseconds() - start) / 1e9
    return AuditFigures(encounters: summary.encounters, seconds: seconds, outputBytes: bytes)
  }
}
