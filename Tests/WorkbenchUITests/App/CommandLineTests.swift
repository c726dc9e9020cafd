import Foundation
import Testing
import WorkbenchUI

@Suite struct CommandLineTests {
  @Test func themeCommandLoadsShippedThemes() {
    var s = Fixtures.session()
    s.press(":")
    s.type("theme light")
    s.press("<Enter>")
    #expect(s.theme.name == "light")
    #expect(s.screen.contains("theme light"))
    #expect(s.needsFullRedraw)
    s.send(.commandLine("theme neon"))
    #expect(s.state.message?.text.hasPrefix("no theme 'neon'") == true)
    #expect(s.theme.name == "light")
  }

  @Test func unknownCommandsAndBareCodes() {
    var s = Fixtures.session()
    s.send(.commandLine("frobnicate"))
    #expect(s.state.message == StatusMessage("unknown command :frobnicate (try :help)", isError: true))
    s.send(.commandLine("M54.59"))
    #expect(s.selectedTreeCode == "M54.59")
    s.send(.commandLine("quit"))
    #expect(s.exitStatus == 0)
  }

  @Test func aBatchIsSteppedThroughEncounterByEncounter() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("m54-batch-\(UUID().uuidString).csv")
    try """
    encounter_id,date_of_service,codes
    E1,2026-05-01,M54.50
    E2,2026-05-02,M54.59
    E3,2026-05-03,M54.50;M54.41
    """.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    var s = Fixtures.session()
    s.send(.commandLine("open \(url.path)"))
    #expect(s.screen.contains("encounter E1 (1/3)"))
    #expect(s.state.encounter.draft.codes == ["M54.50"])
    s.press("]")
    #expect(s.screen.contains("encounter E2 (2/3)"))
    s.press("[")
    #expect(s.state.encounter.draft.id == "E1")
    s.press("}")
    #expect(s.state.encounter.draft.id == "E3")
    #expect(s.state.encounter.report.count(.error) == 1)
    s.press("}")
    #expect(s.state.message?.text == "No later encounter with an error.")
    s.send(.commandLine("open /nonexistent/file.csv"))
    #expect(s.state.message == StatusMessage("cannot read /nonexistent/file.csv", isError: true))
  }

  @Test func ctrlCQuitsWith130() {
    var s = Fixtures.session()
    s.press("<C-c>")
    #expect(s.exitStatus == 130)
  }
}
