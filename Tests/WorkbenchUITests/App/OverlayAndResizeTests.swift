import Testing
import WorkbenchUI

@Suite struct OverlayAndResizeTests {
  @Test func helpListsEveryBindingOfTheFocusedPane() {
    var s = Fixtures.session()
    s.press("?")
    let screen = s.screen
    #expect(screen.contains("Help: Code tree keys"))
    #expect(screen.contains("l →") && screen.contains("Expand, or go to the first child"))
    let rows = HelpOverlay.rows(for: .tree, keyMap: .defaults).map { $0.segments.map(\.text).joined() }
    for entry in KeyMap.defaults.entries(for: .tree) {
      #expect(rows.contains { $0.contains(entry.command.summary) }, "help misses \(entry.command.rawValue)")
    }
    // Keys of other panes are not listed.
    #expect(!rows.contains { $0.contains(Command.markUnrelated.summary) })
    s.press("<Esc>")
    #expect(s.state.help == nil)
    s.press("3 ?")
    #expect(s.screen.contains("Help: Encounter keys"))
    #expect(s.screen.contains(Command.markUnrelated.summary))
  }

  @Test func helpAndStatusLineFollowARemappedKeyMap() {
    let custom = KeyMapParser.parse(
      "tree o tree.expand\ntree l none\ntree <Right> none\n", file: "t.keys", base: .defaults
    ).keyMap
    var s = Fixtures.session(keyMap: custom)
    #expect(s.render().lines().last?.hasPrefix(" o open  h close") == true)
    s.press("o")
    #expect(s.selectedTreeCode == "M54.0")
    s.press("l")
    #expect(s.selectedTreeCode == "M54.0")
    s.press("?")
    let help = HelpOverlay.rows(for: .tree, keyMap: custom).map { $0.segments.map(\.text).joined() }
    #expect(help.contains { $0.hasPrefix("  o ") && $0.contains("Expand, or go to the first child") })
  }

  @Test func tooSmallBelow60x16() {
    var s = Fixtures.session()
    s.send(.resize(width: 59, height: 16))
    #expect(s.screen.contains("Terminal too small"))
    #expect(s.screen.contains("59x16: at least 60x16 needed."))
    s.send(.resize(width: 60, height: 16))
    #expect(!s.screen.contains("Terminal too small"))
    #expect(s.screen.contains("1 Code tree"))
    s.press("q")
    #expect(s.exitStatus == 0)
  }

  @Test func resizingTo80x24ShowsTwoPanesSwitchedByKey() {
    var s = Fixtures.session()
    s.send(.resize(width: 80, height: 24))
    var screen = s.screen
    #expect(screen.contains("1 Code tree") && screen.contains("2 Detail"))
    #expect(!screen.contains("3 Encounter"))
    // The selection stays visible after the resize.
    #expect(s.line(containing: "M54      Dorsalgia") != nil)
    s.press("<Tab> <Tab>")
    screen = s.screen
    #expect(screen.contains("3 Encounter") && screen.contains("4 Documentation checklist"))
    #expect(!screen.contains("1 Code tree"))
    s.press("1")
    #expect(s.screen.contains("1 Code tree"))
    s.send(.resize(width: 120, height: 40))
    screen = s.screen
    for title in ["1 Code tree", "2 Detail", "3 Encounter", "4 Documentation checklist"] {
      #expect(screen.contains(title))
    }
  }

  @Test func snapshotsAt80x24() {
    var s = Fixtures.session(width: 80, height: 24)
    assertSnapshot(s.render(), named: "start-80x24")
    s.press("?")
    assertSnapshot(s.render(), named: "help-tree-80x24")
    s.press("<Esc> 3 i")
    s.type("M54.50")
    s.press("<Enter>")
    s.type("M54.41")
    s.press("<Enter> <Down>")
    assertSnapshot(s.render(), named: "encounter-conflict-80x24")
  }

  @Test func snapshotAt120x40WithAConflict() {
    var s = Fixtures.session()
    s.press("j j j j j j l l a 3 i")
    s.type("M54.41")
    s.press("<Enter> <Down>")
    assertSnapshot(s.render(), named: "conflict-120x40")
  }

  @Test func mouseClickFocusesAndSelectsAndTheWheelScrolls() {
    var s = Fixtures.session()
    let layout = s.state.layout
    guard let tree = layout.content(.tree), let encounter = layout.content(.encounter) else {
      Issue.record("panes missing")
      return
    }
    s.send(.mouse(MouseEvent(x: tree.x + 4, y: tree.y, kind: .press(button: 1))))
    #expect(s.state.tree.selected == s.state.tree.scroll)
    s.send(.mouse(MouseEvent(x: encounter.x + 2, y: encounter.y + 1, kind: .press(button: 1))))
    #expect(s.state.focus == .encounter)
    s.press("1")
    let before = s.state.tree.selected
    s.send(.mouse(MouseEvent(x: tree.x + 2, y: tree.y + 2, kind: .wheelDown)))
    #expect(s.state.tree.selected == before + 3)
  }
}
