import Testing
import WorkbenchUI

/// Rough edges 3, 4 and 8: the detail pane scrolls back to its header, a date change keeps the
/// selected code, and the detail pane walks back and forth through the codes seen.
@Suite struct DateChangeTests {
  @Test func aDateChangeKeepsTheSelectedCode() {
    var s = Fixtures.session()
    s.send(.commandLine("M54.41"))
    #expect(s.selectedTreeCode == "M54.41")
    let row = s.line(containing: "M54.41")
    s.send(.commandLine("date 2025-06-01"))
    #expect(s.state.catalog.releaseName == "FY2025-April")
    #expect(s.selectedTreeCode == "M54.41")
    #expect(s.line(containing: "M54.41") == row)
  }

  @Test func aCodeTheNewReleaseLacksFallsBackToTheNearestAndSaysSo() {
    var s = Fixtures.session()
    s.send(.commandLine("M54.50"))
    s.send(.commandLine("date 2021-05-01"))
    #expect(s.state.catalog.releaseName == "FY2021")
    #expect(s.selectedTreeCode == "M54.5")
    #expect(s.state.message?.text.contains("M54.50 is not in FY2021; showing M54.5") == true)
  }

  @Test func theDetailPaneScrollsBackToItsHeader() {
    var s = Fixtures.session()
    s.send(.commandLine("M54.50"))
    s.press("2 G")
    #expect(!s.screen.contains("M54.50  Low back pain, unspecified"))
    s.press("g")
    #expect(s.state.detail.scroll == 0)
    #expect(s.screen.contains("M54.50  Low back pain, unspecified"))
  }

  @Test func hAndLWalkThroughTheCodesSeen() {
    var s = Fixtures.session()
    s.send(.commandLine("M54.50"))
    s.send(.commandLine("M54.41"))
    s.send(.commandLine("G89.29"))
    s.press("2 H")
    #expect(s.selectedTreeCode == "M54.41")
    s.press("H")
    #expect(s.selectedTreeCode == "M54.50")
    s.press("L")
    #expect(s.selectedTreeCode == "M54.41")
    s.press("L")
    #expect(s.selectedTreeCode == "G89.29")
    s.press("L")
    #expect(s.state.message?.text == "No later code to go forward to.")
  }
}
