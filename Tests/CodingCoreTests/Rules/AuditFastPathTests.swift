import CodingCore
import Foundation
import Testing

/// The audit's fast path (plain CSV lines read from bytes, findings kept as JSON only) writes
/// exactly what checking each encounter one by one writes, on a varied batch, cold and warm.
@Suite struct AuditFastPathTests {
  /// A fresh engine, so that switching between JSON-only and full findings is tested in isolation.
  static func freshEngine() throws -> RulesEngine {
    RulesEngine(
      codeSet: TestData.codeSet,
      checklist: try Checklist.load(from: RulesFixture.dataFolder.appendingPathComponent("checklists.json")),
      curated: try CuratedReferences.load(
        from: RulesFixture.dataFolder.appendingPathComponent("curated-references.json")))
  }

  /// Codes that exercise every per-code and pair rule: conflicts (official, curated, inherited
  /// through a section), headers, 7th characters, typos, spellings, G89 sequencing, code first.
  static let pool = [
    "M54.50", "M54.41", "M54.42", "M54.5", "M54.51", "M54.59", "M54.16", "G57.01", "M51.16", "M51.26",
    "M51.36", "M51.362", "S39.012", "S39.012A", "S39.012D", "S33.5XA", "S33.5XXA", "G89.29", "G89.4",
    "M47.816", "M96.1", "M45.6", "M48.061", "F45.41", "R52", "M54.31", "M54.9", "M54.2", "R07.0", "m5450",
    " M54.50 ", "M54.5O", "XYZ", "M54.30", "M54.89", "S13.4XXA", "E11.40", "G63", "M54.10", "O99.891",
  ]

  /// A deterministic batch: 400 encounters of 1 to 8 codes (with repeats) over three releases and a
  /// date no release covers.
  static func batch() -> [(id: String, date: String, codes: [String])] {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let dates = ["2026-05-01", "2026-07-15", "2021-06-01", "2024-12-01", "2025-06-01"]
    let release = TestData.release("FY2026-April")
    let sample = stride(from: 0, to: release.nodeCount, by: 397).map { NodeID($0) }
      .filter { release.kind($0).isCodeLevel }.map { release.code($0) }
    return (0..<400).map { i in
      var codes: [String] = []
      for _ in 0...next(8) {
        let code = next(3) == 0 ? sample[next(sample.count)] : pool[next(pool.count)]
        codes.append(code)
        if next(12) == 0 { codes.append(code) }
      }
      return ("E\(i)", dates[next(dates.count)], codes)
    }
  }

  /// The JSON Lines record of one encounter, checked on its own.
  static func expectedLine(
    _ engine: RulesEngine, _ item: (id: String, date: String, codes: [String]), options: RuleOptions
  ) -> String {
    let date = RulesFixture.date(item.date)
    let result = engine.check(Encounter(date: date, codes: item.codes, options: options), includeChecklist: false)
    var w = JSONWriter()
    w.raw("{\"encounter_id\":")
    w.string(item.id)
    w.byte(UInt8(ascii: ","))
    result.writeJSONFields(date: date, to: &w)
    w.raw("}\n")
    return String(decoding: w.bytes, as: UTF8.self)
  }

  static func audit(_ engine: RulesEngine, _ text: String, options: RuleOptions) throws -> String {
    var output: [UInt8] = []
    _ = try AuditRunner(engine: engine, format: .jsonl, options: options).run(
      LineReader(bytes: Array(text.utf8)), input: .csv, write: { output.append(contentsOf: $0) },
      diagnostic: { _ in })
    return String(decoding: output, as: UTF8.self)
  }

  @Test(arguments: [Severity.warning, .info])
  func batchEqualsEncountersCheckedOneByOne(_ minimum: Severity) throws {
    let options = RuleOptions(minimumSeverity: minimum)
    let items = Self.batch()
    let csv =
      "encounter_id,date_of_service,codes\n"
      + items.map { "\($0.id),\($0.date),\($0.codes.joined(separator: ";"))" }.joined(separator: "\n") + "\n"
    let engine = try Self.freshEngine()
    let cold = try Self.audit(engine, csv, options: options)
    let warm = try Self.audit(engine, csv, options: options)
    let expected = items.map { Self.expectedLine(RulesFixture.engine, $0, options: options) }.joined()
    #expect(cold == expected)
    #expect(warm == expected)
    // After a JSON-only batch, the same engine still returns whole findings.
    let again = items.map { Self.expectedLine(engine, $0, options: options) }.joined()
    #expect(again == expected)
    #expect(cold.contains("\"kind\":\"duplicate\""))
    #expect(cold.contains("\"kind\":\"excludes1\""))
    #expect(cold.contains("\"kind\":\"non-billable\""))
  }

  /// A file of 256 KB or more is a large batch: every code of the release is entered before the
  /// first line, and a code not
  /// found among them is not looked up again. Codes that share their id with a section, sections,
  /// chapters and keys with dashes must still come out as one by one.
  @Test func largeBatchEqualsEncountersCheckedOneByOne() throws {
    let options = RuleOptions.standard
    let odd = ["B20", "M96", "R99", "C50", "M40-M54", "13", "M54-", "M54.5-", "ZZZ99", "S39.012AA", ".."]
    var items = Self.batch()
    for i in items.indices where i % 5 == 0 { items[i].codes.append(odd[i / 5 % odd.count]) }
    var lines = ["encounter_id,date_of_service,codes"]
    var expected = ""
    let perItem = items.map { Self.expectedLine(RulesFixture.engine, $0, options: options) }
    var round = 0
    while lines.joined(separator: "\n").utf8.count < AuditRunner.largeInput {
      for (k, item) in items.enumerated() {
        let id = "R\(round)-\(item.id)"
        lines.append("\(id),\(item.date),\(item.codes.joined(separator: ";"))")
        expected += perItem[k].replacingOccurrences(
          of: "{\"encounter_id\":\"\(item.id)\"", with: "{\"encounter_id\":\"\(id)\"")
      }
      round += 1
    }
    let input = lines.joined(separator: "\n") + "\n"
    let output = try Self.audit(try Self.freshEngine(), input, options: options)
    #expect(round > 1)
    #expect(output == expected)
    #expect(output.contains("\"kind\":\"invalid-code\",\"severity\":\"error\",\"codes\":[\"ZZZ.99\"]"))
  }

  @Test func quotedAndPlainLinesGiveTheSameRecords() throws {
    let plain = """
      encounter_id,date_of_service,codes
      E1,2026-05-01,M54.50;M54.41
      E2, 2026-05-01 , m5450 ; S39.012 ;;G89.29
      E3,2021-06-01,M54.5

      """
    let quoted = """
      encounter_id,date_of_service,codes
      "E1","2026-05-01","M54.50;M54.41"
      "E2", 2026-05-01 ," m5450 ; S39.012 ;;G89.29"
      E3,2021-06-01,"M54.5"

      """
    let engine = try Self.freshEngine()
    let options = RuleOptions(minimumSeverity: .warning)
    let a = try Self.audit(engine, plain, options: options)
    let b = try Self.audit(engine, quoted, options: options)
    #expect(a == b)
    #expect(a.split(separator: "\n").count == 3)
    #expect(a.contains("\"codes\":[\"M54.50\",\"S39.012\",\"G89.29\"]"))
  }

  @Test func idsNeedingEscapesAreWrittenAsJSON() throws {
    let text = "encounter_id,date_of_service,codes\nE\\1\t,2026-05-01,M54.50\n"
    let output = try Self.audit(try Self.freshEngine(), text, options: .standard)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(object["encounter_id"] as? String == "E\\1")
  }
}
