import Foundation
import Testing

/// The coder's workbench in the real binary in tmux: the index pane, modal code entry at 80x24,
/// and Ctrl-Z / `fg` with the screen redrawn.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxPath != nil, "tmux is not installed: end-to-end tests skipped"))
struct CoderWorkbenchEndToEndTests {
  private func start(width: Int, height: Int, interactiveShell: Bool = false) throws -> (TmuxSession, String) {
    let binary = try #require(BuiltBinary.m54, "m54 was not built next to the test bundle")
    let tmux = try #require(TmuxSession.tmuxPath)
    try BuiltBinary.warmCache.get()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "m54-coder-e2e-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let command =
      interactiveShell
      ? ["/bin/bash", "--norc", "--noprofile", "-i"]
      : ["/bin/sh", "-c", "'\(binary.path)'; echo \"m54 exited with status $?\"; sleep 60"]
    let environment = BuiltBinary.environment(home: home)
    let session = try TmuxSession(
      tmux: tmux, command: command, width: width, height: height, environment: environment)
    return (session, binary.path)
  }

  private func expectScreen(
    _ session: TmuxSession, _ texts: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let ok = try session.waitUntil { screen in texts.allSatisfy { screen.contains($0) } }
    #expect(ok, "screen never showed \(texts):\n\(session.lastScreen)", sourceLocation: sourceLocation)
  }

  @Test func theIndexPaneFindsATermAndOpensItsCode() throws {
    let (tmux, _) = try start(width: 120, height: 40)
    defer { tmux.kill() }
    try expectScreen(tmux, "1 Code tree")
    try tmux.send("I")
    try expectScreen(tmux, "Alphabetic Index", "Term: ▏")
    try tmux.type("sciatica lumbago")
    try expectScreen(tmux, "Sciatica (infective) M54.3-", "with lumbago M54.4-")
    // Enter leaves the term (Esc followed at once by a key would read as Alt+key).
    try tmux.send("Enter")
    try expectScreen(tmux, "Term: sciatica lumbago ")
    try tmux.send("j", "Enter")
    try expectScreen(tmux, "1 Code tree", "M54.4  Lumbago with sciatica")
  }

  /// A coder's path through the index tree: type a term, fold and unfold a subterm, follow a
  /// "see also" and come back, add the code from the index, then Enter opens it in the tree.
  @Test(arguments: [(120, 40), (80, 24)])
  func theIndexTreeFoldsFollowsAndAdds(size: (width: Int, height: Int)) throws {
    let (tmux, _) = try start(width: size.width, height: size.height)
    defer { tmux.kill() }
    try expectScreen(tmux, "1 Code tree")
    try tmux.send("I")
    try tmux.type("pain")
    try expectScreen(tmux, "▾ Pain(s) (see also", "  ▸ abdominal R10.9")
    try tmux.type(" low back")
    try tmux.send("Enter")
    try expectScreen(tmux, "Term: pain low back ", "▾ low back M54.50", "vertebrogenic M54.51")
    try tmux.send("j", "h")
    try expectScreen(tmux, "▸ low back M54.50")
    try tmux.send("l")
    try expectScreen(tmux, "▾ low back M54.50", "specified NEC M54.59")
    // "see also Painful" on the main term, then back.
    try tmux.send("k", "f")
    try expectScreen(tmux, "Term: Painful", "▾ Painful (see also Pain)", "Backspace goes back")
    try tmux.send("BSpace")
    try expectScreen(tmux, "Term: pain low back ", "▾ low back M54.50")
    try tmux.send("j", "a")
    try expectScreen(tmux, "Added M54.50.", "low back M54.50 ●")
    try tmux.send("Enter")
    try expectScreen(tmux, "1 Code tree", "M54.50  Low back pain, unspecified")
    try tmux.send("q")
    try expectScreen(tmux, "m54 exited with status 0")
  }

  @Test func codeEntryIsAModeAt80x24() throws {
    let (tmux, _) = try start(width: 80, height: 24)
    defer { tmux.kill() }
    try expectScreen(tmux, "1 Code tree")
    try tmux.send("3")
    try expectScreen(tmux, "+ press i to type a code")
    try tmux.send("i")
    try tmux.type("jkq")
    try expectScreen(tmux, "+ jkq▏", "Esc done")
    try tmux.send("C-u")
    try tmux.type("lumbago")
    try tmux.send("Tab", "Tab")
    try expectScreen(tmux, "▸ M54.4")
    try tmux.send("Enter")
    try expectScreen(tmux, "1. M54.4")
    try tmux.send("Escape")
    try expectScreen(tmux, "+ press i to type a code")
    try tmux.send("q")
    try expectScreen(tmux, "m54 exited with status 0")
  }

  @Test func ctrlZSuspendsAndFgRedraws() throws {
    let (tmux, binary) = try start(width: 100, height: 30, interactiveShell: true)
    defer { tmux.kill() }
    try expectScreen(tmux, "bash-")
    try tmux.type("'\(binary)'")
    try tmux.send("Enter")
    try expectScreen(tmux, "1 Code tree")
    try tmux.send("C-z")
    let stopped = try tmux.waitUntil { $0.contains("Stopped") && !$0.contains("1 Code tree") }
    #expect(stopped, "not suspended:\n\(tmux.lastScreen)")
    try tmux.type("fg")
    try tmux.send("Enter")
    try expectScreen(tmux, "1 Code tree", "2 Detail")
    try tmux.send("q")
    let back = try tmux.waitUntil { !$0.contains("1 Code tree") && $0.contains("bash-") }
    #expect(back, "m54 did not quit after fg:\n\(tmux.lastScreen)")
  }
}
