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
    #expect(history.entries.map(\.release) == ["FY2021", "FY2025-April", "FY2026-April"])
    #expect(history.entries.map(\.status) == ["billable", "billable", "billable"])
    #expect(history.entries.map(\.title) == ["Cervicalgia", "Cervicalgia", "Cervicalgia"])
    #expect(history.changes.isEmpty)
  }

  @Test func t407x1aWasDeletedAfterFY2021() throws {
    // FY2025 split T40.7X (cannabis) into T40.71 (cannabis) and T40.72 (synthetic cannabinoids).
    let history = TestData.codeSet.history(of: "T40.7X1A")
    #expect(history.entries.map(\.present) == [true, false, false])
    #expect(
      history.entries.first?.title
        == "Poisoning by cannabis (derivatives), accidental (unintentional), initial encounter")
    let change = try #require(history.changes.first)
    #expect(history.changes.count == 1)
    #expect(change.kind == "deleted")
    #expect(change.from == "FY2021")
    #expect(change.to == "FY2025-April")
    #expect(change.replacedBy.prefix(3) == ["T40.711A", "T40.711D", "T40.711S"])
    #expect(change.replacedBy.count == 36)
  }

  @Test func m3500WasRetitledInFY2025() throws {
    let history = TestData.codeSet.history(of: "M35.00")
    #expect(
      history.entries.map(\.title) == [
        "Sicca syndrome, unspecified", "Sjögren syndrome, unspecified", "Sjögren syndrome, unspecified",
      ])
    let change = try #require(history.changes.first)
    #expect(history.changes.map(\.kind) == ["retitled"])
    #expect(change.from == "FY2021")
    #expect(change.to == "FY2025-April")
    #expect(change.detail?.contains("Sicca syndrome, unspecified") == true)
    #expect(change.detail?.contains("Sjögren syndrome, unspecified") == true)
  }

  @Test func aHeaderWhoseSubcodesGoBecomesBillable() throws {
    // No official release does this yet: two small releases where A00 loses its subcodes.
    let first = TinyReleases.tabular(
      version: "2030",
      diags: """
        <diag><name>A00</name><desc>Cholera</desc>
          <diag><name>A00.0</name><desc>Cholera due to Vibrio cholerae 01, biovar cholerae</desc></diag>
          <diag><name>A00.9</name><desc>Cholera, unspecified</desc></diag>
        </diag>
        """)
    let second = TinyReleases.tabular(version: "2031", diags: "<diag><name>A00</name><desc>Cholera</desc></diag>")
    let tiny = try TinyReleases([("icd10cm-tabular-2030.xml", first), ("icd10cm-tabular-2031.xml", second)])
    defer { tiny.remove() }
    #expect(tiny.codeSet.releases.map(\.info.id) == ["FY2030", "FY2031"])
    let history = tiny.codeSet.history(of: "a00")
    #expect(history.entries.map(\.status) == ["header", "billable"])
    #expect(history.changes.map(\.kind) == ["became-billable"])
    #expect(history.changes.first?.from == "FY2030")
    #expect(history.changes.first?.to == "FY2031")
    #expect(tiny.codeSet.history(of: "A00.9").changes.map(\.kind) == ["deleted"])
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
