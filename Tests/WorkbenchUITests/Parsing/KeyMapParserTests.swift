import Foundation
import Testing
import WorkbenchUI

@Suite struct KeyMapParserTests {
  @Test func theDefaultKeyMapParsesCleanly() {
    let parsed = KeyMapParser.parse(DefaultKeyMap.source, file: "built-in")
    #expect(parsed.diagnostics.isEmpty)
    #expect(parsed.keyMap.command(for: .character("q"), in: .tree) == .quit)
    #expect(parsed.keyMap.command(for: .character("l"), in: .tree) == .expand)
    #expect(parsed.keyMap.command(for: .enter, in: .detail) == .follow)
    #expect(parsed.keyMap.command(for: .character("J"), in: .encounter) == .moveCodeDown)
    // The help overlay only knows its own keys.
    #expect(parsed.keyMap.command(for: .tab, in: .help) == nil)
  }

  @Test func theShippedKeyFileIsTheBuiltInMap() throws {
    let url = Fixtures.root.appendingPathComponent("Themes/default.keys")
    if ProcessInfo.processInfo.environment["M54_UPDATE_GOLDEN"] == "1" {
      try DefaultKeyMap.source.write(to: url, atomically: true, encoding: .utf8)
    }
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = DefaultKeyMap.source.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(text.split(separator: "\n", omittingEmptySubsequences: false) == lines)
  }

  @Test func aUserFileOverridesBindingsAndReportsEachBadLine() {
    let text = """
      # my keys
      tree   <Right>  none
      tree   o        tree.expand
      trees  x        quit
      tree   <Nope>   quit
      tree   z        tree.explode
      checklist l     tree.expand
      tree   a b      encounter.add
      tree   o        tree.toggle
      """
    let parsed = KeyMapParser.parse(text, file: "my.keys", base: .defaults)
    #expect(
      parsed.diagnostics.map(\.description) == [
        "my.keys:4: unknown scope 'trees' (scopes: global, tree, detail, encounter, checklist, review, index, messages, explain, matrix, lesson, quiz, help)",
        "my.keys:5: unknown key '<Nope>'",
        "my.keys:6: unknown action 'tree.explode'",
        "my.keys:7: action 'tree.expand' cannot be bound in scope 'checklist'",
        "my.keys:8: expected 'SCOPE KEY ACTION', found 4 words",
        "my.keys:9: key o in tree already bound on line 3; this line wins",
      ])
    let map = parsed.keyMap
    #expect(map.command(for: .character("o"), in: .tree) == .toggle)
    #expect(map.command(for: .right, in: .tree) == nil)
    // Defaults remain for everything the file did not touch.
    #expect(map.command(for: .character("l"), in: .tree) == .expand)
    #expect(map.command(for: .character("q"), in: .tree) == .quit)
  }

  @Test func keysForACommandSkipShadowedGlobalBindings() {
    var map = KeyMap.defaults
    map.bind(.character("j"), to: .expand, in: .tree)
    #expect(map.keys(for: .moveDown, in: .tree) == [.down])
    #expect(map.keys(for: .moveDown, in: .detail) == [.character("j"), .down])
  }
}
