import Foundation
import Testing

/// A review in the real binary: decisions in the workbench survive `kill -9`, the trail and the
/// export show them, and reopening resumes at the position.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxPath != nil, "tmux is not installed: end-to-end tests skipped"))
struct ReviewEndToEndTests {
  static let batchText = """
    encounter_id,date_of_service,codes
    E1,2026-05-01,M54.2
    E2,2026-05-02,M54.16;G89.29
    E3,2026-05-03,M54.5
    E4,2026-05-04,M54.50;M54.41

    """

  /// Runs `m54 ARGS` without a terminal; returns the exit status, standard output and standard error.
  private func m54(_ arguments: [String], home: URL) throws -> (Int32, String, String) {
    let binary = try #require(BuiltBinary.m54)
    let p = Process()
    p.executableURL = binary
    p.arguments = arguments
    p.environment = BuiltBinary.environment(home: home)
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return (p.terminationStatus, output, errors)
  }

  private func workbench(_ arguments: String, home: URL) throws -> TmuxSession {
    let binary = try #require(BuiltBinary.m54, "m54 was not built next to the test bundle")
    let tmux = try #require(TmuxSession.tmuxPath)
    try BuiltBinary.warmCache.get()
    let line = "'\(binary.path)' \(arguments); echo \"RC=$?\"; sleep 60"
    return try TmuxSession(
      tmux: tmux, command: ["/bin/sh", "-c", line], width: 120, height: 40,
      environment: BuiltBinary.environment(home: home))
  }

  private func expectScreen(
    _ session: TmuxSession, _ texts: String..., sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    let ok = try session.waitUntil(timeout: 20) { screen in texts.allSatisfy { screen.contains($0) } }
    #expect(ok, "screen never showed \(texts):\n\(session.lastScreen)", sourceLocation: sourceLocation)
  }

  @Test func decisionsSurviveKill9AndShowInTheTrailAndTheExport() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("m54-review-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let batch = home.appendingPathComponent("batch.csv").path
    let workspace = home.appendingPathComponent("review.m54review").path
    try Self.batchText.write(toFile: batch, atomically: true, encoding: .utf8)
    let arguments = "review '\(batch)' --workspace '\(workspace)' --reviewer e2e-auditor"

    let first = try workbench(arguments, home: home)
    defer { first.kill() }
    try expectScreen(first, "Batch overview (all)", "0 of 4 decided")
    try first.send("a")
    try expectScreen(first, "saved: accepted E1")
    try first.send(":")
    try first.type("query is the pain radiating to the leg?")
    try first.send("Enter")
    try expectScreen(first, "saved: queried E2")
    try first.send(":")
    try first.type("correct M54.50 -- header replaced")
    try first.send("Enter")
    try expectScreen(first, "saved: corrected E3 (3 errors)", "3 of 4 decided")
    try first.send(":")
    try first.type("dismiss 1 separate injury episode")
    try first.send("Enter")
    try expectScreen(first, "saved: dismissed finding 1 of E4")
    let shell = try #require(try first.panePID())
    try ChildProcess.run("/usr/bin/pkill", ["-KILL", "-P", "\(shell)", "-x", "m54"], captureOutput: false)
    try expectScreen(first, "RC=137")

    let (logStatus, log, _) = try m54(["review", "log", workspace, "--json"], home: home)
    #expect(logStatus == 0)
    let entries = log.split(separator: "\n")
    #expect(entries.filter { $0.contains("\"action\":\"decide\"") }.count == 3)
    #expect(
      entries.filter { $0.contains("\"action\":\"dispose\"") && $0.contains("separate injury episode") }.count == 1)
    #expect(entries.allSatisfy { $0.contains("\"reviewer\":\"e2e-auditor\"") })

    let again = try workbench(arguments, home: home)
    defer { again.kill() }
    try expectScreen(again, "3 of 4 decided", "Encounter E4", "✓ E1", "? E2", "✎ E3")
    try again.send("q")
    try expectScreen(again, "RC=0")

    let (exportStatus, export, _) = try m54(["review", "export", workspace, "--format", "jsonl"], home: home)
    #expect(exportStatus == 0)
    let rows = export.split(separator: "\n")
    #expect(rows.count == 4)
    #expect(rows[0].contains("\"encounter_id\":\"E1\"") && rows[0].contains("\"decision\":\"accept\""))
    #expect(
      rows[1].contains("\"decision\":\"query\"") && rows[1].contains("\"note\":\"is the pain radiating to the leg?\""))
    #expect(rows[2].contains("\"corrected_codes\":[\"M54.50\"]") && rows[2].contains("\"errors\":3"))
    #expect(rows[3].contains("\"decision\":null"))
    let (refused, _, message) = try m54(
      ["review", "export", workspace, "--format", "csv", "--out", workspace], home: home)
    #expect(refused == 2)
    #expect(message.contains("refusing to overwrite"))
  }

  @Test func escStopsTheFirstCheckOfANewWorkspaceAndTheNextOpeningCountsTheBatch() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("m54-review-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let batch = home.appendingPathComponent("large.csv").path
    let workspace = home.appendingPathComponent("large.m54review").path
    var text = "encounter_id,date_of_service,codes\n"
    for i in 1...60_000 { text += "E\(i),2026-05-01,\(i % 4 == 0 ? "M54.50;M54.41" : "M54.2")\n" }
    try text.write(toFile: batch, atomically: true, encoding: .utf8)
    let arguments = "review '\(batch)' --workspace '\(workspace)' --reviewer e2e-auditor"

    let first = try workbench(arguments, home: home)
    defer { first.kill() }
    try expectScreen(first, "Checking the batch", "(Esc cancels)", "checking ")
    try first.send("Escape")
    try expectScreen(first, "Check of the batch cancelled", "counted when reopened")
    try first.send("a")
    try expectScreen(first, "saved: accepted E1")
    try first.send("q")
    try expectScreen(first, "RC=0")

    let again = try workbench(arguments, home: home)
    defer { again.kill() }
    try expectScreen(again, "1 of 60,000 decided · ")
    try expectScreen(again, "1 of 60,000 decided · 15,000 with errors", "✓ E1")
    try again.send("q")
    try expectScreen(again, "RC=0")
    let (status, report, _) = try m54(["review", "status", workspace, "--plain"], home: home)
    #expect(status == 0)
    #expect(report.contains("1 of 60,000 decided · 15,000 with errors"))
  }

  @Test func aChangedBatchIsRefusedWithExitStatus2UnlessRebound() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("m54-review-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let batch = home.appendingPathComponent("batch.csv").path
    let workspace = home.appendingPathComponent("r.m54review").path
    try Self.batchText.write(toFile: batch, atomically: true, encoding: .utf8)
    let decide = ["review", "decide", batch, "E1", "accept", "--workspace", workspace, "--reviewer", "e2e"]
    #expect(try m54(decide, home: home).0 == 0)
    #expect(try m54(["review", "decide", batch, "E9", "accept", "--workspace", workspace], home: home).0 == 1)
    try (Self.batchText + "E5,2026-05-05,M54.9\n").write(toFile: batch, atomically: true, encoding: .utf8)
    let (changed, _, message) = try m54(decide, home: home)
    #expect(changed == 2)
    #expect(message.contains("has changed since the review in"))
    let (rebound, _, report) = try m54(decide + ["--rebind"], home: home)
    #expect(rebound == 0)
    #expect(report.contains("kept 1 decision, dropped 0"))
    let (statusCode, status, _) = try m54(["review", "status", workspace], home: home)
    #expect(statusCode == 0)
    #expect(status.contains("1 of 5 decided"))
    #expect(!status.contains("█"))
    #expect(try m54(["review", "status", home.appendingPathComponent("none.m54review").path], home: home).0 == 1)
  }
}
