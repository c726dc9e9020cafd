import Testing
import WorkbenchUI

/// Rough edge 6: a message stays until the next key, and `:messages` lists the recent ones.
@Suite struct MessagesTests {
  @Test func aMessageStaysUntilTheNextKey() {
    var s = Fixtures.session()
    s.send(.commandLine("add M54.50"))
    #expect(s.render().lines().last?.hasPrefix(" Added M54.50.") == true)
    s.send(.resize(width: 100, height: 30))
    #expect(s.render().lines().last?.hasPrefix(" Added M54.50.") == true)
    s.press("j")
    #expect(s.render().lines().last?.hasPrefix(" Added M54.50.") == false)
  }

  @Test func messagesListsTheRecentOnes() {
    var s = Fixtures.session()
    s.send(.commandLine("add M54.50"))
    s.send(.commandLine("M99.99"))
    s.send(.commandLine("messages"))
    let screen = s.screen
    #expect(screen.contains("Messages"))
    #expect(screen.contains("· Added M54.50."))
    #expect(screen.contains("✖ M99.99 is not an ICD-10-CM code in FY2026-April; nearby: M99.9"))
    s.press("<Esc>")
    #expect(s.screen.contains("2 Detail"))
  }
}
