import CodingCore
import Foundation
import Testing

/// Hostile input costs bounded work and comes back safe: long codes and lines, unreadable input,
/// control characters and spreadsheet formulas.
@Suite struct BoundedInputTests {
  func audit(_ reader: LineReader, format: AuditOutputFormat = .jsonl) throws -> (
    output: String, summary: AuditSummary, diagnostics: [String]
  ) {
    let runner = AuditRunner(engine: RulesFixture.engine, format: format)
    var output: [UInt8] = []
    var diagnostics: [String] = []
    let summary = try runner.run(
      reader, input: .csv, write: { output.append(contentsOf: $0) }, diagnostic: { diagnostics.append($0.description) }
    )
    return (String(decoding: output, as: UTF8.self), summary, diagnostics)
  }

  static func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("m54-bounded-\(UUID().uuidString)").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aCodeLongerThanAnyCodeIsNotACodeAtOnce() throws {
    let long = String(repeating: "M", count: 60_000)
    #expect(TestData.fy2026.suggestions(for: long).isEmpty)
    let result = RulesFixture.check([long, "M54.50"])
    let invalid = RulesFixture.findings(result, .invalidCode)
    #expect(invalid.count == 1)
    let message = try #require(invalid.first?.message)
    #expect(message == "MMM." + String(repeating: "M", count: 76) + "… is not a code (longer than any ICD-10-CM code)")
  }

  @Test func aLineOverTheLimitIsReportedAndSkippedWithoutBeingHeld() throws {
    var text = Array("encounter_id,date_of_service,codes\nE1,2026-05-01,M54.50\n".utf8)
    text += Array("E2,2026-05-01,".utf8) + [UInt8](repeating: UInt8(ascii: "M"), count: 300_000) + [0x0A]
    text += Array("E3,2026-05-01,M54.41\n".utf8)
    let path = try Self.temporaryFile(text)
    defer { unlink(path) }
    let reader = try #require(LineReader(path: path, chunkSize: 4096))
    reader.maxLineBytes = 10_000
    var served: [Int] = []
    var longest = 0
    var skipped: [(Int, Int)] = []
    #expect(
      reader.forEachLine(tooLong: { skipped.append(($0, $1)) }) { bytes, number in
        served.append(number)
        longest = max(longest, bytes.count)
      })
    #expect(served == [1, 2, 4])
    #expect(skipped.count == 1 && skipped.first?.0 == 3 && skipped.first?.1 == 300_014)
    #expect(longest < 100)

    let again = try #require(LineReader(path: path, chunkSize: 4096))
    again.maxLineBytes = 10_000
    let run = try audit(again)
    #expect(run.summary.encounters == 2)
    #expect(run.summary.malformedLines == 1)
    #expect(run.diagnostics == ["line 3: longer than 10000 bytes (300014 bytes; see --max-line-bytes), skipped"])
  }

  @Test func theLastLineOverTheLimitWithoutANewlineIsSkippedToo() throws {
    let path = try Self.temporaryFile(Array("a\n".utf8) + [UInt8](repeating: 0x41, count: 50_000))
    defer { unlink(path) }
    let reader = try #require(LineReader(path: path, chunkSize: 1024))
    reader.maxLineBytes = 2048
    var served: [Int] = []
    var skipped: [Int] = []
    reader.forEachLine(tooLong: { n, _ in skipped.append(n) }) { _, n in served.append(n) }
    #expect(served == [1])
    #expect(skipped == [2])
  }

  @Test func aFolderAsInputIsAReadErrorNotAnEmptyBatch() throws {
    let fd = open(FileManager.default.temporaryDirectory.path, O_RDONLY)
    defer { close(fd) }
    let reader = LineReader(descriptor: fd)
    do {
      _ = try audit(reader)
      Issue.record("a folder was audited as an empty batch")
    } catch let error as AuditLineError {
      #expect(error.description == "line 1: cannot read the input (Is a directory)")
    }
  }

  @Test func echoedInputIsCutAndMadeVisible() throws {
    let date = String(repeating: "9", count: 100_000)
    let run = try audit(LineReader(bytes: Array("encounter_id,date_of_service,codes\nE1,\(date),M54.50\n".utf8)))
    #expect(run.diagnostics == ["line 2: bad date \"\(String(repeating: "9", count: 80))…\" (expected YYYY-MM-DD)"])
    #expect(SafeText.echo("a\u{1B}[31mb") == "a\\x1b[31mb")
    #expect(SafeText.visible("tab\there\r\n\u{7F}\u{9B}") == "tab\\there\\r\\n\\x7f\\x9b")
    #expect(SafeText.visibleLines("one\u{1B}\ntwo") == "one\\x1b\ntwo")
  }

  @Test func csvOutputNeutralisesFormulasAndControlCharacters() throws {
    let input =
      "encounter_id,date_of_service,codes\n\"=HYPERLINK(\"\"x\"\")\",2026-05-01,M54.50\n@SUM,2026-05-01,M54.5\n"
    let run = try audit(LineReader(bytes: Array(input.utf8)), format: .csv)
    let rows = run.output.split(separator: "\n").map(String.init)
    #expect(rows.count == 3)
    #expect(rows[1].hasPrefix("\"'=HYPERLINK(\"\"x\"\")\",2026-05-01,FY2026-April,"))
    #expect(rows[2].hasPrefix("'@SUM,2026-05-01,FY2026-April,non-billable,error,M54.5,"))
    #expect(SafeText.csvField("-1+2") == "'-1+2")
    #expect(SafeText.csvField("\tx") == "'\\tx")
    #expect(SafeText.csvField("E\u{1B}1") == "E\\x1b1")
    #expect(SafeText.csvField("M54.50") == "M54.50")
  }

  @Test func textOutputShowsControlCharactersVisibly() throws {
    let input = "encounter_id,date_of_service,codes\nE\u{1B}]0;pwned\u{7},2026-05-01,M54.50\n"
    let run = try audit(LineReader(bytes: Array(input.utf8)), format: .text)
    #expect(run.output.hasPrefix("E\\x1b]0;pwned\\x07 2026-05-01 FY2026-April: M54.50"))
    #expect(!run.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
  }
}
