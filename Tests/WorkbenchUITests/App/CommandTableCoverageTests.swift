import CodingCore
import Foundation
import Testing
import WorkbenchUI

/// Every default key of every scope and every `:` command of the command table, pressed and run on a
/// session with a batch and a conflict: each must change what the screen shows (or ask the session to
/// do something), and none may crash.
@Suite struct CommandTableCoverageTests {
  /// What a person can observe: the screen, whether the session quits or redraws, the theme.
  private func observed(_ s: WorkbenchSession) -> String {
    s.screen + "|\(String(describing: s.exitStatus))|\(s.needsFullRedraw)|\(s.theme.name)"
  }

  /// A 120x40 session on a batch of three encounters, the first with an Excludes1 conflict.
  private func richSession() -> WorkbenchSession {
    var s = Fixtures.session()
    let date = Fixtures.date
    let batch = BatchFile(
      path: "batch.csv",
      encounters: [
        Encounter(id: "E1", date: date, codes: ["M54.50", "M54.41"]),
        Encounter(id: "E2", date: date, codes: ["M54.9"]),
        Encounter(id: "E3", date: date, codes: ["M54.16", "M54.16"]),
      ], problems: [])
    s.send(.batchLoaded(batch))
    s.press("j j j j j j l l")
    return s
  }

  /// Ways to prepare a scope before pressing one of its keys; a key passes if it changes something
  /// after at least one of them.
  private func setups(for scope: KeyScope) -> [(WorkbenchSession) -> WorkbenchSession] {
    func focused(_ keys: String) -> (WorkbenchSession) -> WorkbenchSession {
      { session in
        var s = session
        if let pane = scope.pane { s.send(.command(.focus(pane))) }
        s.press(keys)
        s.send(.showMessage(StatusMessage("")))
        return s
      }
    }
    switch scope {
    case .help: return [focused("? j j"), focused("?")]
    case .checklist: return [focused("j j"), focused("j j n"), focused("j j y")]
    case .encounter: return [focused("j j"), focused("j j j j"), focused("")]
    case .tree: return [focused("j j"), focused("j j l l j")]
    case .index:
      // A term looked up (and a "see also" followed, so that there is a way back).
      func looked(_ term: String, _ keys: String) -> (WorkbenchSession) -> WorkbenchSession {
        { session in
          var s = session
          s.send(.commandLine("index \(term)"))
          s.press(keys)
          s.send(.showMessage(StatusMessage("")))
          return s
        }
      }
      return [looked("pain low back", "j"), looked("painful", "f"), focused("")]
    default: return [focused("j j"), focused("")]
    }
  }

  @Test func everyDefaultKeyOfEveryScopeDoesSomething() {
    let base = richSession()
    var idle: [String] = []
    for binding in KeyMap.defaults.bindings {
      var changed = false
      for setup in setups(for: binding.scope) {
        var s = setup(base)
        let before = observed(s)
        s.send(.key(binding.key))
        if observed(s) != before { changed = true }
      }
      if !changed {
        idle.append("\(binding.scope) \(KeyNotation.notation(of: binding.key)) \(binding.command)")
      }
    }
    #expect(idle.isEmpty, "keys that changed nothing: \(idle)")
    #expect(KeyMap.defaults.bindings.count >= 68)
  }

  @Test func everyCommandOfTheTableHasAKeyOrAColonName() {
    let unreachable = CommandTable.all.filter { spec in
      spec.names.isEmpty && !KeyMap.defaults.bindings.contains { $0.command == spec.command }
    }
    #expect(unreachable.isEmpty, "\(unreachable.map(\.command))")
  }

  @Test func everyColonCommandRunsWithAndWithoutItsArgument() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-colon-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("b.csv")
    try "encounter_id,date_of_service,codes\nX1,2026-05-01,M54.50;M54.41\n".write(
      to: csv, atomically: true, encoding: .utf8)
    let samples: [String: String] = [
      "FILE": csv.path, "NAME": "mono", "YYYY-MM-DD": "2021-05-01", "FY…|auto": "FY2021", "CODE": "M54.41",
      "CODE…": "M54.41 M54.50", "TERM": "pain back", "A B": "M54.50 M54.41", "on|off": "off",
      "KIND [SEED]": "excludes 7",
      "[NOTE]": "documented", "NOTE": "radiating to the leg?", "[CODE…] [-- NOTE]": "M54.41 -- sciatica",
      "N": "1", "N REASON": "1 separate episode", "[FILTER]": "errors", "[ORDER]": "worst",
    ]
    let base = richSession()
    var idle: [String] = []
    for spec in CommandTable.all {
      guard let name = spec.names.first else { continue }
      var lines = [name]
      if let argument = spec.argument {
        let sample = try #require(samples[argument], "no sample argument for \(argument)")
        lines.append("\(name) \(sample)")
      }
      for line in lines {
        // It passes when it changes something after at least one of these preparations.
        let changed = ["", "3 j j"].contains { prepare in
          var s = base
          s.press(prepare)
          s.send(.showMessage(StatusMessage("")))
          let before = observed(s)
          s.send(.commandLine(line))
          return observed(s) != before
        }
        if !changed { idle.append(":\(line)") }
      }
    }
    #expect(idle.isEmpty, "commands that changed nothing: \(idle)")
  }

  @Test func aRequiredArgumentOpensTheLineOrShowsTheUsage() {
    var s = Fixtures.session()
    s.send(.command(.setDate))
    #expect(s.screen.contains("usage: :date YYYY-MM-DD"))
    var keyed = Fixtures.session()
    _ = keyed.state
    keyed.press(":")
    keyed.type("da")
    keyed.press("<Tab>")
    #expect(keyed.state.prompt?.text == "date ")
    keyed.type("2021-05-01")
    keyed.press("<Enter>")
    #expect(keyed.state.catalog.releaseName == "FY2021")
  }

  @Test func theHelpOverlayListsEveryColonCommand() {
    let rows = HelpOverlay.rows(for: .tree, keyMap: .defaults).map { $0.segments.map(\.text).joined() }
    for spec in CommandTable.all {
      guard let usage = spec.usage else { continue }
      #expect(rows.contains { $0.contains(usage) }, "help lacks \(usage) in \(rows)")
    }
  }
}
