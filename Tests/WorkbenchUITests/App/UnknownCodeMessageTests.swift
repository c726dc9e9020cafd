import Testing
import WorkbenchUI

/// Rough edge 9: one message for a bad code everywhere, the same as `m54 show`.
@Suite struct UnknownCodeMessageTests {
  static let expected = "M99.99 is not an ICD-10-CM code in FY2026-April; nearby: M99.9"

  @Test(arguments: ["M99.99", "m9999", "goto M99.99"])
  func theCommandLineNamesTheBadCodeWithNearbyCodes(_ line: String) {
    var s = Fixtures.session()
    s.send(.commandLine(line))
    #expect(s.state.message == StatusMessage(Self.expected, isError: true))
    #expect(s.screen.contains(Self.expected))
  }

  @Test func addingABadCodeSaysTheSame() {
    var s = Fixtures.session()
    s.send(.commandLine("add M99.99"))
    #expect(s.state.message == StatusMessage("Added M99.99: \(Self.expected).", isError: true))
    // The rules engine's finding says it in the same words.
    #expect(s.state.encounter.report.findings.first?.message == Self.expected)
  }

  @Test func otherWordsAreStillUnknownCommands() {
    var s = Fixtures.session()
    s.send(.commandLine("frobnicate"))
    #expect(s.state.message == StatusMessage("unknown command :frobnicate (try :help)", isError: true))
  }
}
