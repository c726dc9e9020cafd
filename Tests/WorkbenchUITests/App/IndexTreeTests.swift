import Testing
import WorkbenchUI

/// The index pane as a tree: fold and unfold with the tabular tree's keys, "see also" followed with
/// Enter or `f` and Backspace back, codes checked against the release in use, rendered as text.
@Suite struct IndexTreeTests {
  /// The rendered line of the index pane (left column) that holds `text`.
  private func row(_ s: WorkbenchSession, _ text: String) -> String? {
    s.line(containing: text).map { String($0.prefix(50)) }
  }

  @Test func subtermsUnfoldAndFoldWithTheTreeKeys() {
    var s = Fixtures.session()
    s.send(.commandLine("index pain low back"))
    // The match is unfolded; its parent shows only the subterm leading to it.
    #expect(s.screen.contains("┃  ▾ low back M54.50"))
    #expect(s.screen.contains("┃      vertebrogenic M54.51"))
    s.press("j h")
    #expect(s.screen.contains("┃  ▸ low back M54.50"))
    #expect(!s.screen.contains("vertebrogenic M54.51"))
    s.press("l")
    #expect(s.screen.contains("┃      vertebrogenic M54.51"))
    // l on an unfolded term goes to its first subterm; h there goes back to the parent term.
    s.press("l")
    #expect(s.line(containing: "specified NEC M54.59") != nil)
    #expect(s.state.index.selected == 2)
    s.press("h")
    #expect(s.state.index.selected == 1)
    // The main term shows its other 121 subterms when unfolded (Space), and folds again.
    #expect(s.screen.contains("┃▾ Pain(s) (see also Painful) R52  +121 more"))
    s.press("k <Space>")
    #expect(s.screen.contains("┃  ▸ abdominal R10.9"))
    #expect(s.screen.contains("┃    back (postural) M54.9"))
    #expect(s.state.index.rows.count == 131)
    s.press("<Space>")
    #expect(s.state.index.rows.count == 1)
    #expect(s.screen.contains("┃▸ Pain(s) (see also Painful) R52"))
  }

  @Test func seeAlsoIsFollowedAndBackspaceComesBack() {
    var s = Fixtures.session()
    s.send(.commandLine("index painful"))
    #expect(s.screen.contains("┃▾ Painful (see also Pain)"))
    // Enter on a term with subterms folds it; f follows its "see also".
    s.press("f")
    #expect(s.state.index.query == "Pain")
    #expect(s.screen.contains("┃▾ Pain(s) (see also Painful) R52"))
    #expect(s.screen.contains("Followed \"see also Pain\"; Backspace goes back."))
    s.press("j j j j")
    s.press("<BS>")
    #expect(s.state.index.query == "painful")
    #expect(s.screen.contains("┃▾ Painful (see also Pain)"))
    s.press("<BS>")
    #expect(s.screen.contains("Nothing to go back to"))
  }

  @Test func codesAreCheckedAgainstTheReleaseInUse() {
    var s = Fixtures.session()
    s.send(.commandLine("index lumbago sciatica"))
    s.press("j")
    s.press("a")
    #expect(s.state.encounter.draft.codes.isEmpty)
    #expect(s.screen.contains("M54.4- needs more characters: M54.40, M54.41 or M54.42; Enter opens M54.4 in the tree."))
    s.send(.commandLine("date 2021-05-01"))
    s.send(.commandLine("index pain low back"))
    #expect(s.screen.contains("low back M54.50  not in FY2021"))
    s.press("j a")
    #expect(s.state.encounter.draft.codes.isEmpty)
    #expect(s.screen.contains("M54.50 is not in FY2021"))
  }

  @Test func aWordJustBegunKeepsTheTreeUntilItsSecondLetter() {
    var s = Fixtures.session()
    s.press("I")
    s.type("pain")
    let rows = s.state.index.rows
    s.type(" l")
    #expect(s.state.index.rows == rows)
    s.type("o")
    #expect(s.state.index.rows != rows)
    #expect(s.screen.contains("┃  ▾ low back M54.50"))
  }

  @Test func anAddedCodeIsMarkedInTheIndex() {
    var s = Fixtures.session()
    s.send(.commandLine("index pain low back"))
    s.press("j a")
    #expect(s.state.encounter.draft.codes == ["M54.50"])
    #expect(s.screen.contains("low back M54.50 ●"))
  }

  @Test func snapshotsAt120x40And80x24() {
    var wide = Fixtures.session(width: 120, height: 40)
    wide.send(.commandLine("index sciatica"))
    wide.press("j j")
    assertSnapshot(wide.render(), named: "index-sciatica-120x40")
    var narrow = Fixtures.session(width: 80, height: 24)
    narrow.send(.commandLine("index pain low back"))
    narrow.press("j")
    assertSnapshot(narrow.render(), named: "index-pain-low-back-80x24")
  }
}
