import CodingCore
import Testing

/// Rough edge 11: batch CSV errors name what is missing plainly; the optional columns may be left off.
@Suite struct BatchCSVColumnTests {
  func audit(_ text: String) throws -> (encounters: Int, diagnostics: [AuditLineError]) {
    let runner = AuditRunner(engine: RulesFixture.engine, format: .jsonl, options: .standard)
    var diagnostics: [AuditLineError] = []
    let summary = try runner.run(
      LineReader(bytes: Array(text.utf8)), input: .csv, write: { _ in }, diagnostic: { diagnostics.append($0) })
    return (summary.encounters, diagnostics)
  }

  @Test func theDocumentedColumnIsOptionalOnEveryLine() throws {
    let run = try audit(
      """
      encounter_id,date_of_service,codes,documented
      E1,2026-05-01,M54.50
      E2,2026-05-01,M54.50,GEN-LOCATION
      E3,2026-05-01,M54.9

      """)
    #expect(run.encounters == 3)
    #expect(run.diagnostics.isEmpty)
  }

  @Test func aMissingRequiredColumnIsNamedPlainly() throws {
    let run = try audit(
      """
      encounter_id,date_of_service,codes,documented
      E1,2026-05-01

      """)
    #expect(run.diagnostics.map(\.line) == [2])
    #expect(run.diagnostics.first?.problem == "missing column codes (the line has 2 fields, the header 4 columns)")
    let two = try audit("encounter_id,date_of_service,codes\nE1\n")
    #expect(
      two.diagnostics.first?.problem
        == "missing columns date_of_service, codes (the line has 1 field, the header 3 columns)")
  }
}
