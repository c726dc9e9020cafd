import Foundation
import Testing

@testable import CodingCore

/// A large audit on several threads writes exactly what one thread writes: the same records in the
/// same order, the same line errors in line order, the same summary.
@Suite struct AuditLanesTests {
  /// A batch of about 300 KiB: codes of every chapter, three releases' dates, and every kind of bad
  /// line (bad date, unknown code, not UTF-8, blank, over-long) scattered across chunk boundaries.
  static let batch: (csv: [UInt8], jsonl: [UInt8]) = {
    let release = RulesFixture.engine.codeSet.releases[0]
    var codes: [String] = []
    for n in stride(from: 0, to: release.nodeCount, by: 37) where release.isBillable(NodeID(n)) {
      codes.append(release.code(NodeID(n)))
    }
    codes += ["M54.50", "M54.41", "M54.5", "G89.29", "M51.16", "m5450", "M54.7", "S39.012"]
    let dates = ["2026-05-01", "2021-06-01", "2026-09-30"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var csv = Array("encounter_id,date_of_service,codes\n".utf8)
    var jsonl: [UInt8] = []
    for i in 1...5000 {
      let id = "ENC-\(i)-lanes-test-padding"
      let date = i % 211 == 0 ? "2026-13-01" : dates[next(dates.count)]
      let picked = (0...next(4)).map { _ in codes[next(codes.count)] }
      let line: String
      switch i % 503 {
      case 7: line = ""
      case 11: line = "\(id),\(date),\(String(repeating: "M54.50;", count: 120))"
      default: line = "\(id),\(date),\(picked.joined(separator: ";"))"
      }
      csv += Array(line.utf8)
      if i % 997 == 5 { csv += [0xFF, 0xFE] }
      csv.append(0x0A)
      let quoted = picked.map { "\"\($0)\"" }.joined(separator: ",")
      jsonl += Array("{\"encounter_id\":\"\(id)\",\"date_of_service\":\"\(date)\",\"codes\":[\(quoted)]}\n".utf8)
    }
    return (csv, jsonl)
  }()

  struct Run: Equatable {
    var output: [UInt8]
    var diagnostics: [String]
    var summary: AuditSummary
  }

  func audit(
    _ bytes: [UInt8], input: AuditRunner.InputFormat, format: AuditOutputFormat, jobs: Int, engine: RulesEngine
  ) throws -> Run {
    let runner = AuditRunner(engine: engine, format: format, jobs: jobs)
    runner.chunkLines = 97
    let reader = LineReader(bytes: bytes)
    reader.maxLineBytes = 600
    var output: [UInt8] = []
    var diagnostics: [String] = []
    let summary = try runner.run(
      reader, input: input, write: { output.append(contentsOf: $0) },
      diagnostic: { diagnostics.append("\($0.line): \($0.problem)") })
    return Run(output: output, diagnostics: diagnostics, summary: summary)
  }

  @Test(arguments: [
    (AuditRunner.InputFormat.csv, AuditOutputFormat.jsonl), (.csv, .csv), (.csv, .text), (.jsonl, .jsonl),
  ])
  func threeLanesWriteWhatOneThreadWrites(input: AuditRunner.InputFormat, format: AuditOutputFormat) throws {
    let bytes = input == .csv ? Self.batch.csv : Self.batch.jsonl
    #expect(bytes.count >= AuditRunner.largeInput)
    // An engine of its own: the shared one may meet other tests' batches meanwhile.
    let engine = RulesFixture.engine.lane()
    let one = try audit(bytes, input: input, format: format, jobs: 1, engine: engine)
    let three = try audit(bytes, input: input, format: format, jobs: 3, engine: engine)
    #expect(one.summary.encounters > 4900)
    #expect(one.summary.count(.error) > 100)
    if input == .csv {
      #expect(one.diagnostics.contains { $0.hasPrefix("212: ") && $0.contains("2026-13-01") })
      #expect(one.diagnostics.contains { $0.hasPrefix("12: ") && $0.contains("longer than 600 bytes") })
    }
    #expect(three.summary == one.summary)
    #expect(three.diagnostics == one.diagnostics)
    #expect(three.output.count == one.output.count)
    #expect(three.output == one.output)
  }

  @Test func anUnusableHeaderStopsTheLanesBeforeAnyOutput() throws {
    var bytes = Array("encounter,when,what\n".utf8)
    bytes += Self.batch.csv.dropFirst(35)
    #expect(throws: AuditLineError.self) {
      try audit(bytes, input: .csv, format: .csv, jobs: 2, engine: RulesFixture.engine.lane())
    }
  }
}
