import Foundation
import Testing
import WorkbenchUI

@Suite struct ThemeParserTests {
  @Test func stylesReadColoursBackgroundsAndAttributes() throws {
    #expect(try ThemeParser.parseStyle("black on cyan bold").get() == TextStyle(.indexed(0), on: .indexed(6), .bold))
    #expect(try ThemeParser.parseStyle("bright-red").get() == TextStyle(.indexed(9)))
    #expect(try ThemeParser.parseStyle("reverse underline").get() == .attributes([.reverse, .underline]))
    #expect(try ThemeParser.parseStyle("208 on default").get() == TextStyle(.indexed(208)))
    #expect(try ThemeParser.parseStyle("#ff0000").get() == TextStyle(.indexed(196)))
    #expect(try ThemeParser.parseStyle("#808080").get() == TextStyle(.indexed(244)))
    #expect(throws: ThemeParser.Problem.self) { try ThemeParser.parseStyle("red blue").get() }
    #expect(throws: ThemeParser.Problem.self) { try ThemeParser.parseStyle("on").get() }
  }

  @Test func unknownRolesAndColoursAreReportedAndTheRestApplies() {
    let text = """
      list.selected = black on yellow   # ok
      list.chosen = red
      finding.error = purple bold
      finding.warning = 300
      heading blue
      finding.info = #00ff00
      """
    let (theme, diagnostics) = ThemeParser.parse(text, file: "odd.theme", name: "odd")
    #expect(
      diagnostics.map(\.description) == [
        "odd.theme:2: unknown role 'list.chosen'",
        "odd.theme:3: finding.error: unknown colour or attribute 'purple'",
        "odd.theme:4: finding.warning: unknown colour or attribute '300'",
        "odd.theme:5: expected 'role = colour [on colour] [attribute...]'",
      ])
    #expect(theme[.selected] == TextStyle(.indexed(0), on: .indexed(3)))
    #expect(theme[.findingInfo] == TextStyle(.indexed(46)))
    #expect(theme[.findingError] == Theme.builtInDefault[.findingError])
    #expect(theme.name == "odd")
  }

  @Test func theShippedDefaultThemeIsTheBuiltInOne() throws {
    let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Themes/default.theme"), encoding: .utf8)
    let (theme, diagnostics) = ThemeParser.parse(
      text, file: "default.theme", name: "default", base: Theme(name: "empty"))
    #expect(diagnostics.isEmpty)
    #expect(theme == .builtInDefault)
  }

  @Test(arguments: ["default", "light", "high-contrast", "mono"])
  func shippedThemesLoadWithoutProblemsAndSetEveryRole(name: String) throws {
    let loader = ThemeLoader(folders: [Fixtures.root.appendingPathComponent("Themes").path])
    let loaded = try loader.load(name).get()
    #expect(loaded.diagnostics.isEmpty)
    let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Themes/\(name).theme"), encoding: .utf8)
    for role in StyleRole.allCases {
      #expect(text.contains("\n\(role.rawValue) "), "\(name).theme does not set \(role.rawValue)")
    }
  }

  @Test func monoUsesNoColourAndSelectionIsVisibleWithoutIt() throws {
    let loader = ThemeLoader(folders: [Fixtures.root.appendingPathComponent("Themes").path])
    let mono = try loader.load("mono").get().theme
    for role in StyleRole.allCases {
      #expect(mono[role].foreground == .terminalDefault && mono[role].background == .terminalDefault)
    }
    #expect(mono[.selected].attributes.contains(.reverse))
  }

  @Test func degradingFollowsTheTerminal() {
    let t = Theme.builtInDefault
    #expect(t.degraded(to: .palette256) == t)
    let eight = t.degraded(to: .basic8)
    for role in StyleRole.allCases {
      if case .indexed(let i) = eight[role].foreground { #expect(i < 8) }
      if case .indexed(let i) = eight[role].background { #expect(i < 8) }
    }
    // Greys stay visible on a dark terminal: a mid grey becomes dim white, not black.
    #expect(eight[.border] == TextStyle(.indexed(7), on: .terminalDefault, .dim))
    #expect(eight[.statusBar].background == .indexed(0))
    let none = t.degraded(to: .none)
    #expect(none[.selected].foreground == .terminalDefault)
    #expect(none[.selected].attributes.contains(.reverse))
    #expect(ColorDepth.forTerminal(colors: 256, hasColors: true, noColor: true) == ColorDepth.none)
    #expect(ColorDepth.forTerminal(colors: 8, hasColors: true, noColor: false) == .basic8)
    #expect(ColorDepth.forTerminal(colors: 256, hasColors: true, noColor: false) == .palette256)
  }

  @Test func anUnknownThemeNameListsTheAvailableOnes() {
    let loader = ThemeLoader(folders: [Fixtures.root.appendingPathComponent("Themes").path])
    guard case .failure(let failure) = loader.load("neon") else {
      Issue.record("neon should not load")
      return
    }
    #expect(failure.description == "no theme 'neon' (available: default, high-contrast, light, mono, projector)")
  }
}
