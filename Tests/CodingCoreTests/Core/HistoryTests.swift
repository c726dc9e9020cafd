import CodingCore
import Testing

/// Code history across releases, and the release in effect on a date of service.
@Suite struct HistoryTests {
  @Test func m545BecameAHeaderReplacedByItsChildren() {
    let history = TestData.codeSet.history(of: "M54.5")
    #expect(history.entries.map(\.status) == ["billable", "header", "header"])
    let change = history.changes.first { $0.kind == "became-header" }
    #expect(change?.replacedBy == ["M54.50", "M54.51", "M54.59"])
  }

  @Test func m5450WasAddedAfterFY2021() {
    let history = TestData.codeSet.history(of: "m5450")
    #expect(history.code == "M54.50")
    #expect(history.entries.map(\.present) == [false, true, true])
    #expect(history.changes.map(\.kind) == ["added"])
  }

  @Test func unchangedCodeHasNoChanges() {
    let history = TestData.codeSet.history(of: "M54.2")
    #expect(history.entries.allSatisfy { $0.billable })
    #expect(history.changes.isEmpty)
  }

  @Test func datesSelectTheReleaseInEffect() throws {
    let set = TestData.codeSet
    let cases: [(String, String, Bool)] = [
      ("2021-06-01", "FY2021", false), ("2020-10-01", "FY2021", false), ("2025-05-15", "FY2025-April", false),
      ("2026-04-01", "FY2026-April", false), ("2026-09-30", "FY2026-April", false),
      ("2024-01-15", "FY2025-April", true), ("2026-11-22", "FY2026-April", true), ("2019-01-01", "FY2021", true),
    ]
    for (text, id, approximate) in cases {
      let date = try #require(ServiceDate(iso: text))
      let selection = set.select(for: date)
      #expect(selection.release.info.id == id, "\(text)")
      #expect(selection.isApproximate == approximate, "\(text)")
      #expect((selection.note != nil) == approximate)
    }
  }

  @Test(arguments: ["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", ""])
  func invalidDatesAreRejected(_ text: String) {
    #expect(ServiceDate(iso: text) == nil)
  }
}
