import CodingCore
import Foundation
import Testing

/// Small ways input went silently wrong.
@Suite struct MinorInputTests {
  @Test func aHeaderThatIsNotUTF8StopsTheAudit() throws {
    let runner = AuditRunner(engine: RulesFixture.engine, format: .jsonl)
    let bytes: [UInt8] =
      Array("encounter_id,date_of_service,co".utf8) + [0xFF] + Array("des\nE1,2026-05-01,M54.50\n".utf8)
    do {
      _ = try runner.run(LineReader(bytes: bytes), input: .csv, write: { _ in }, diagnostic: { _ in })
      Issue.record("a non-UTF-8 header was skipped")
    } catch let error as AuditLineError {
      #expect(error.description == "line 1: the header is not UTF-8")
    }
  }
}
