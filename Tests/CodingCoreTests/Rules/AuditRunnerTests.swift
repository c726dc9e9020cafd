import CodingCore
import Foundation
import Testing

/// `m54 audit` in the library: input forms, malformed lines, output formats, summary.
@Suite struct AuditRunnerTests {
  struct Run {
    var output: String
    var summary: AuditSummary
    var diagnostics: [AuditLineError]
  }

  func audit(
    _ text: String, input: AuditRunner.InputFormat = .csv, format: AuditOutputFormat = .jsonl,
    options: RuleOptions = .standard, bytes: [UInt8]? = nil
  ) throws -> Run {
    let runner = AuditRunner(engine: RulesFixture.engine, format: format, options: options)
    var output: [UInt8] = []
    var diagnostics: [AuditLineError] = []
    let summary = try runner.run(
      LineReader(bytes: bytes ?? Array(text.utf8)), input: input, write: { output.append(contentsOf: $0) },
      diagnostic: { diagnostics.append($0) })
    return Run(output: String(decoding: output, as: UTF8.self), summary: summary, diagnostics: diagnostics)
  }

  func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  @Test func csvToJSONLines() throws {
    let run = try audit(
      """
      encounter_id,date_of_service,codes
      E1,2026-05-01,M54.50;M54.41
      E2,2026-05-01,m5450; G89.29
      E3,2021-06-01,M54.5

      """)
    #expect(run.diagnostics.isEmpty)
    #expect(run.summary.encounters == 3)
    #expect(run.summary.count(.excludes1, .error) == 1)
    #expect(run.summary.hasErrors)
    #expect(run.summary.encountersWithErrors == 1)
    let records = try objects(run.output)
    #expect(records.count == 3)
    #expect(records[0]["encounter_id"] as? String == "E1")
    #expect(records[0]["date_of_service"] as? String == "2026-05-01")
    #expect(records[0]["release"] as? String == "FY2026-April")
    #expect(records[0]["codes"] as? [String] == ["M54.50", "M54.41"])
    let finding = try #require((records[0]["findings"] as? [[String: Any]])?.first)
    #expect(finding["kind"] as? String == "excludes1")
    #expect(finding["severity"] as? String == "error")
    #expect(finding["codes"] as? [String] == ["M54.50", "M54.41"])
    #expect(finding["carrier"] as? String == "M54.5")
    #expect(finding["level"] as? String == "subcategory")
    #expect(finding["note"] as? String == "lumbago with sciatica (M54.4-)")
    #expect(finding["release"] as? String == "FY2026-April")
    #expect(finding["authority"] as? String == "official-tabular")
    #expect(finding["path"] as? [String] == ["13", "M40-M54", "M50-M54", "M54", "M54.5", "M54.50"])
    #expect(records[1]["codes"] as? [String] == ["M54.50", "G89.29"])
    #expect(records[2]["release"] as? String == "FY2021")
    #expect((records[2]["findings"] as? [[String: Any]])?.isEmpty == true)
  }

  @Test func malformedLinesAreReportedAndSkipped() throws {
    var bytes = Array(
      """
      encounter_id,date_of_service,codes,documented
      E1,2026-05-01,M54.50,
      E2,2026-13-01,M54.50,
      E3,2026-05-01
      E4,2026-05-01,"M54.50;M54.41,
      E5,2026-05-01,"M54.50;M54.41",M5450-NO-RADIATION=no

      """.utf8)
    bytes += Array("E6,2026-05-01,M54.50\u{FF},\n".utf8)
    bytes += [0x45, 0x37, 0x2C, 0xC3, 0x28, 0x0A]  // "E7," then an invalid UTF-8 sequence
    bytes += Array("E8,2026-05-01,M54.9;R52,\n".utf8)
    let run = try audit("", bytes: bytes)
    #expect(run.summary.encounters == 4)
    #expect(run.summary.malformedLines == 4)
    #expect(run.diagnostics.map(\.line) == [3, 4, 5, 8])
    #expect(run.diagnostics[0].problem.contains("bad date"))
    #expect(run.diagnostics[1].problem.contains("missing column"))
    #expect(run.diagnostics[2].problem.contains("bad quoting"))
    #expect(run.diagnostics[3].problem.contains("UTF-8"))
    let records = try objects(run.output)
    #expect(records.map { $0["encounter_id"] as? String } == ["E1", "E5", "E6", "E8"])
    let e5 = try #require(records[1]["findings"] as? [[String: Any]])
    #expect(e5.contains { $0["kind"] as? String == "documentation" && $0["rule"] as? String == "M5450-NO-RADIATION" })
    #expect(e5.contains { $0["kind"] as? String == "excludes1" })
    let e6 = try #require(records[2]["findings"] as? [[String: Any]])
    #expect(e6.contains { $0["kind"] as? String == "invalid-code" })
  }

  @Test func badHeaderIsAnError() {
    #expect(throws: AuditLineError.self) { try audit("id,date,codes\nE1,2026-05-01,M54.50\n") }
  }

  @Test func jsonLinesInput() throws {
    let run = try audit(
      """
      {"encounter_id":"J1","date_of_service":"2026-05-01","codes":["M54.9","R52"],"unrelated":["M54.9,R52:generalized pain not from the back"]}
      {"encounter_id":2,"date_of_service":"2026-05-01","codes":"M54.51","documented":["!M5451-IMAGING"]}
      {"encounter_id":"J3","date_of_service":"2026-05-01"}
      {"encounter_id":"J4","date_of_service":"05/01/2026","codes":[]}
      not json

      """, input: .jsonl)
    #expect(run.summary.encounters == 2)
    #expect(run.diagnostics.map(\.line) == [3, 4, 5])
    let records = try objects(run.output)
    let overridden = try #require(
      (records[0]["findings"] as? [[String: Any]])?.first { $0["kind"] as? String == "excludes1" })
    #expect(overridden["severity"] as? String == "info")
    #expect(overridden["override_reason"] as? String == "generalized pain not from the back")
    #expect(records[1]["encounter_id"] as? String == "2")
    let documentation = (records[1]["findings"] as? [[String: Any]])?.filter {
      $0["kind"] as? String == "documentation"
    }
    #expect(documentation?.first?["suggestions"] as? [String] == ["M54.50"])
  }

  @Test func jsonEscapingIsCorrect() throws {
    let run = try audit(
      "encounter_id,date_of_service,codes\n\"E \"\"q\"\" \\\\ \t, é\",2026-05-01,M54.50\n")
    let records = try objects(run.output)
    #expect(records.first?["encounter_id"] as? String == "E \"q\" \\\\ \t, é")
    #expect(run.output.contains(#""encounter_id":"E \"q\" \\\\ \t, é""#))
  }

  @Test func csvAndTextOutput() throws {
    let input = "encounter_id,date_of_service,codes\nE1,2026-05-01,M54.50;M54.41\nE2,2026-05-01,M54.59\n"
    let csv = try audit(input, format: .csv, options: RuleOptions(minimumSeverity: .warning)).output
    let lines = csv.split(separator: "\n")
    #expect(
      lines.first == "encounter_id,date_of_service,release,kind,severity,codes,authority,carrier,level,note,message")
    #expect(lines.count == 3)
    #expect(
      lines[1].hasPrefix("E1,2026-05-01,FY2026-April,excludes1,error,M54.50;M54.41,official-tabular,M54.5,subcategory,")
    )
    #expect(lines[2].hasPrefix("E2,2026-05-01,FY2026-April,,,M54.59,"))
    let text = try audit(input, format: .text).output
    #expect(text.contains("E1 2026-05-01 FY2026-April: M54.50 M54.41"))
    #expect(text.contains("ERROR excludes1"))
  }

  @Test func streamingAcrossChunkBoundaries() throws {
    // A tiny chunk size forces lines to span reads; the result must not change.
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("m54-rules-audit-\(UUID().uuidString).csv")
    var text = "encounter_id,date_of_service,codes\r\n"
    for i in 0..<500 { text += "E\(i),2026-05-01,M54.50;M54.41;G89.29\r\n" }
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let reader = try #require(LineReader(path: url.path, chunkSize: 7))
    let runner = AuditRunner(engine: RulesFixture.engine, format: .jsonl)
    var count = 0
    let summary = try runner.run(
      reader, input: .csv, write: { bytes in count += bytes.filter { $0 == 0x0A }.count },
      diagnostic: { error in Issue.record("\(error)") })
    #expect(summary.encounters == 500)
    #expect(count == 500)
    #expect(summary.count(.excludes1, .error) == 500)
    #expect(summary.text.contains("excludes1"))
  }

  @Test func inputFormatGuess() {
    #expect(AuditRunner.inputFormat(path: "a.jsonl", firstByte: nil) == .jsonl)
    #expect(AuditRunner.inputFormat(path: "a.csv", firstByte: UInt8(ascii: "{")) == .csv)
    #expect(AuditRunner.inputFormat(path: "-", firstByte: UInt8(ascii: "{")) == .jsonl)
  }
}
