import Testing
import WorkbenchUI

@Suite struct BrowsingTests {
  @Test func opensOnTheM54TreeWithAllFourPanes() {
    let s = Fixtures.session()
    let screen = s.screen
    for title in ["1 Code tree", "2 Detail", "3 Encounter", "4 Documentation checklist"] {
      #expect(screen.contains(title))
    }
    #expect(screen.contains("M54 Workbench │ release FY2026-April │ date of service 2026-05-01"))
    #expect(s.selectedTreeCode == "M54")
    #expect(s.line(containing: "▾ M54      Dorsalgia") != nil)
    #expect(screen.contains("M54  Dorsalgia"))
    #expect(screen.contains("Path: 13 › M40-M54 › M50-M54 › M54"))
    // The status line is generated from the key map for the focused pane.
    #expect(
      s.render().lines().last?.hasPrefix(" l open  h close  a add  BS back  q quit  ? help  Tab pane  / search  : cmd")
        == true)
  }

  @Test func navigatesToM5450AndReadsEveryNoteLabelledByLevel() {
    var s = Fixtures.session()
    s.press("j j j j j j")
    #expect(s.selectedTreeCode == "M54.5")
    s.press("l l")
    #expect(s.selectedTreeCode == "M54.50")
    let screen = s.screen
    #expect(screen.contains("M54.50  Low back pain, unspecified"))
    #expect(screen.contains("✓ billable code"))
    #expect(screen.contains("Excludes1 [subcategory M54.5] lumbago with sciatica (M54.4-)"))
    // All 8 Excludes1 notes (5 from M54.5, 1 from M54, 2 from M50-M54) are listed, each with its level.
    s.press("2")
    let lines = DetailModel.build(s.state, width: 200).lines.map { $0.segments.map(\.text).joined() }
    let excludes1 = lines.filter { $0.hasPrefix("Excludes1 ") }
    #expect(excludes1.count == 8)
    #expect(excludes1.filter { $0.contains("[subcategory M54.5]") }.count == 5)
    #expect(excludes1.filter { $0.contains("[category M54]") }.count == 1)
    #expect(excludes1.filter { $0.contains("[section M50-M54]") }.count == 2)
  }

  @Test func collapseGoesToTheParentAndExpandToTheFirstChild() {
    var s = Fixtures.session()
    s.press("l")
    #expect(s.selectedTreeCode == "M54.0")
    s.press("h")
    #expect(s.selectedTreeCode == "M54")
    s.press("h")
    #expect(s.line(containing: "▸ M54      Dorsalgia") != nil)
    s.press("<Enter>")
    #expect(s.line(containing: "▾ M54      Dorsalgia") != nil)
    s.press("G")
    #expect(s.selectedTreeCode == "22")
    s.press("g")
    #expect(s.selectedTreeCode == "1")
  }

  @Test func followsANoteReferenceAndComesBack() {
    var s = Fixtures.session()
    s.send(.commandLine("goto M54.50"))
    s.press("2")
    let model = DetailModel.build(s.state, width: 80)
    let target = model.lines.first { $0.segments.map(\.text).joined().contains("(M54.4-)") }?.selection
    guard let target else {
      Issue.record("no selectable note with (M54.4-)")
      return
    }
    for _ in 0..<target { s.press("j") }
    s.press("<Enter>")
    #expect(s.selectedTreeCode == "M54.4")
    #expect(s.screen.contains("M54.4  Lumbago with sciatica"))
    s.press("<BS>")
    #expect(s.selectedTreeCode == "M54.50")
    #expect(s.screen.contains("M54.50  Low back pain, unspecified"))
    s.press("<BS>")
    #expect(s.selectedTreeCode == "M54")
    s.press("<BS>")
    #expect(s.state.message?.text == "No earlier code to go back to.")
  }

  @Test func incrementalSearchJumpsOnEnterAndCancelsOnEscape() {
    var s = Fixtures.session()
    s.press("/")
    s.type("lumbago")
    let screen = s.screen
    #expect(screen.contains("Search: lumbago"))
    #expect(s.state.prompt?.results.first.flatMap { s.state.catalog.entry($0)?.code } == "M54.50")
    #expect(s.render().lines().last?.hasPrefix("/lumbago▏") == true)
    s.press("<Esc>")
    #expect(s.selectedTreeCode == "M54")
    #expect(!s.screen.contains("Search: lumbago"))
    s.press("/")
    s.type("m5441")
    s.press("<Enter>")
    #expect(s.selectedTreeCode == "M54.41")
    #expect(s.screen.contains("M54.41  Lumbago with sciatica, right side"))
  }
}
