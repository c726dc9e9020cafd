import Foundation
import Testing

/// The real `m54` binary in a real terminal (tmux), driven with keys.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxPath != nil, "tmux is not installed: end-to-end tests skipped"))
struct WorkbenchEndToEndTests {
  /// m54 runs under `sh`, which reaps it, prints its exit status and keeps the pane open.
  /// (tmux 3.3 can leave a dead pane's process unreaped for many seconds, so its own
  /// "Pane is dead (status N)" line is not a dependable signal.)
  private static let reportingExit = "M54; echo \"m54 exited with status $?\"; sleep 60"

  private func start(width: Int = 120, height: Int = 40, wrap: String = reportingExit) throws -> TmuxSession {
    let binary = try #require(BuiltBinary.m54, "m54 was not built next to the test bundle")
    let tmux = try #require(TmuxSession.tmuxPath)
    try BuiltBinary.warmCache.get()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "m54-e2e-home-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let command = ["/bin/sh", "-c", wrap.replacingOccurrences(of: "M54", with: "'\(binary.path)'")]
    return try TmuxSession(
      tmux: tmux, command: command, width: width, height: height, environment: BuiltBinary.environment(home: home))
  }

  private func expectScreen(
    _ session: TmuxSession, _ texts: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let ok = try session.waitUntil { screen in texts.allSatisfy { screen.contains($0) } }
    #expect(ok, "screen never showed \(texts):\n\(session.lastScreen)", sourceLocation: sourceLocation)
  }

  /// Waits for the exit status printed after m54 ended, and checks the terminal was restored.
  private func expectExit(_ session: TmuxSession, status: Int32, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let ok = try session.waitUntil { $0.contains("m54 exited with status \(status)") }
    #expect(ok, "m54 did not exit with status \(status):\n\(session.lastScreen)", sourceLocation: sourceLocation)
    #expect(
      !session.lastScreen.contains("Code tree"), "the alternate screen was not left", sourceLocation: sourceLocation)
  }

  @Test func buildAnEncounterWithAConflictOverrideItResizeAndQuit() throws {
    let tmux = try start()
    defer { tmux.kill() }
    try expectScreen(tmux, "M54 Workbench", "1 Code tree", "▾ M54      Dorsalgia", "M54  Dorsalgia")
    try tmux.send(":")
    try tmux.type("date 2026-05-01")
    try tmux.send("Enter")
    try expectScreen(tmux, "release FY2026-April │ date of service 2026-05-01")
    // M54 → M54.5 → M54.50
    try tmux.send("j", "j", "j", "j", "j", "j")
    try expectScreen(tmux, "M54.5  Low back pain")
    try tmux.send("l")
    try expectScreen(tmux, "▾ M54.5    Low back pain")
    try tmux.send("l")
    try expectScreen(tmux, "M54.50  Low back pain, unspecified", "✓ billable code")
    // Add M54.50, type M54.41 in the encounter.
    try tmux.send("a")
    try expectScreen(tmux, "1. M54.50")
    try tmux.send("3")
    try expectScreen(tmux, "▶ 3 Encounter")
    try tmux.send("i")
    try expectScreen(tmux, "Enter add  Tab/↑↓ completion")
    try tmux.type("M54.41")
    try tmux.send("Enter")
    try expectScreen(tmux, "2. M54.41", "✖ ERROR excludes1 M54.50 and M54.41")
    try tmux.send("Down")
    try expectScreen(tmux, "Note on M54.5 (subcategory)", "lumbago with sciatica (M54.4-)")
    // Mark the pair unrelated with a reason: the finding becomes info.
    try tmux.send("u")
    try expectScreen(tmux, "Reason M54.50 and M54.41 are unrelated:")
    try tmux.type("separate episodes")
    try tmux.send("Enter")
    try expectScreen(tmux, "ℹ INFO excludes1 M54.50 and M54.41", "unrelated: separate episodes", "✖0 ▲0 ℹ1")
    #expect(!tmux.lastScreen.contains("✖ ERROR excludes1"))
    // 80x24: two panes, switched by key; back to 120x40: all four.
    try tmux.resize(width: 80, height: 24)
    // Wait for the workbench's own 80x24 frame (not the terminal's reflow of the old one).
    let small = try tmux.waitUntil { s in
      let rows = s.split(separator: "\n", omittingEmptySubsequences: false)
      return rows.count >= 24 && rows[1].hasPrefix("┏━ ▶ 3 Encounter") && rows[1].hasSuffix("┐")
        && rows[1].contains("┓┌─ 4 Documentation checklist") && rows[23].hasSuffix("✖0 ▲0 ℹ1")
    }
    #expect(small, "80x24 layout not shown:\n\(tmux.lastScreen)")
    try tmux.send("1")
    try expectScreen(tmux, "▶ 1 Code tree", "2 Detail")
    try tmux.resize(width: 120, height: 40)
    let large = try tmux.waitUntil { s in
      let rows = s.split(separator: "\n", omittingEmptySubsequences: false)
      return rows.count >= 40 && rows[1].hasPrefix("┏━ ▶ 1 Code tree") && rows[1].contains("2 Detail")
        && s.contains("3 Encounter") && s.contains("4 Documentation checklist") && rows[39].hasSuffix("✖0 ▲0 ℹ1")
    }
    #expect(large, "120x40 layout not shown:\n\(tmux.lastScreen)")
    try tmux.send("q")
    try expectExit(tmux, status: 0)
  }

  @Test func ctrlCAndSIGTERMRestoreTheTerminal() throws {
    for way in ["ctrl-c", "sigterm"] {
      let tmux = try start(
        wrap:
          "M54; echo \"RC=$?\"; stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo; sleep 30"
      )
      defer { tmux.kill() }
      try expectScreen(tmux, "1 Code tree")
      if way == "ctrl-c" {
        try tmux.send("C-c")
      } else {
        let shell = try #require(try tmux.panePID())
        // The workbench is the shell's child.
        try ChildProcess.run("/usr/bin/pkill", ["-TERM", "-P", "\(shell)", "-x", "m54"], captureOutput: false)
      }
      let expected = way == "ctrl-c" ? "RC=130" : "RC=143"
      try expectScreen(tmux, expected, "icanon echo")
      #expect(!tmux.lastScreen.contains("1 Code tree"), "\(way): the alternate screen was not left")
    }
  }

  @Test func tooSmallTerminalShowsAMessage() throws {
    let tmux = try start(width: 50, height: 12)
    defer { tmux.kill() }
    try expectScreen(tmux, "Terminal too small", "50x12: at least 60x16 needed.")
    try tmux.send("q")
    try expectExit(tmux, status: 0)
  }
}

/// `m54` without a usable terminal.
@Suite struct NoTerminalTests {
  @Test func withoutATerminalItPointsToTheSubcommandsAndExits2() throws {
    let binary = try #require(BuiltBinary.m54, "m54 was not built next to the test bundle")
    for term in ["xterm-256color", "dumb"] {
      let p = Process()
      p.executableURL = binary
      p.arguments = []
      var env = BuiltBinary.environment(home: FileManager.default.temporaryDirectory)
      env["TERM"] = term
      p.environment = env
      let err = Pipe()
      p.standardOutput = Pipe()
      p.standardError = err
      p.standardInput = FileHandle.nullDevice
      try p.run()
      let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      p.waitUntilExit()
      #expect(p.terminationStatus == 2)
      #expect(text.contains("m54: the workbench needs an interactive terminal"))
      #expect(text.contains("m54 show M54.50"))
    }
  }
}
