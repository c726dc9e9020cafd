import CodingCore
import Testing

/// The conflict matrix against the official data.
@Suite struct ConflictMatrixTests {
  @Test func cellsFollowTheEngine() throws {
    let m = try #require(
      RulesFixture.engine.matrix(["M54.50", "m5441", "G89.29", "M54.51", "R52"], date: RulesFixture.fy2026Date))
    #expect(m.codes == ["M54.50", "M54.41", "G89.29", "M54.51", "R52"])
    #expect(m.cells[0].map(\.symbol) == ["=", "E1", "E2", "", "E1"])
    #expect(m.cells[1].map(\.symbol) == ["E1", "=", "E2", "E1", "E1"])
    #expect(m.cells[2].map(\.symbol) == ["E2", "E2", "=", "E2", "E1"])
    #expect(m.cells[3][0] == .none)
    for i in 0..<5 { for j in 0..<5 { #expect(m.cells[i][j] == m.cells[j][i]) } }
  }

  @Test func csvAndTextAndJSON() throws {
    let m = try #require(RulesFixture.engine.matrix(["M54.50", "M54.41", "M54.51"], date: RulesFixture.fy2026Date))
    #expect(m.csvLines == [",M54.50,M54.41,M54.51", "M54.50,=,E1,", "M54.41,E1,=,E1", "M54.51,,E1,="])
    #expect(m.textLines[2] == "M54.50  =       E1      ·")
    #expect(m.textLines.contains { $0.hasPrefix("  E1   Excludes1 conflict") })
    #expect(m.jsonString.contains("\"cells\":[[\"=\",\"E1\",\"\"],[\"E1\",\"=\",\"E1\"],[\"\",\"E1\",\"=\"]]"))
  }

  @Test func unknownCodeGivesNoMatrix() {
    #expect(RulesFixture.engine.matrix(["M54.50", "M54.7"], date: RulesFixture.fy2026Date) == nil)
    #expect(RulesFixture.engine.unknownCodes(["M54.50", "M54.7"], date: RulesFixture.fy2026Date) == ["M54.7"])
  }
}
