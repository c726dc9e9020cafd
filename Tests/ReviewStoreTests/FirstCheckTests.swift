import CodingCore
import Foundation
import GRDB
import ReviewStore
import Testing

/// The first check of a new workspace's batch, stopped half-way (Esc in the workbench), and the
/// findings' JSON written by hand in the format `JSONEncoder` wrote before.
@Suite struct FirstCheckTests {
  /// 20,000 encounters: every fourth has an Excludes1 error (M54.50 with M54.41).
  static let largeBatch: String = {
    var text = "encounter_id,date_of_service,codes\n"
    for i in 1...20_000 { text += "E\(i),2026-05-01,\(i % 4 == 0 ? "M54.50;M54.41" : "M54.2")\n" }
    return text
  }()

  @Test func aCancelledCheckLeavesTheDecisionsAndTheNextOpeningMakesTheCounts() throws {
    let folder = TestWorkspace.folder()
    let batchPath = TestWorkspace.write(Self.largeBatch, name: "large.csv", in: folder)
    let batch = try #require(TestWorkspace.batch(batchPath))
    let workspace = folder + "/large.m54review"
    let first = try ReviewSession(
      batch: batch, workspacePath: workspace, reviewer: "eve", rebind: false, engine: TestWorkspace.engine,
      checkInBackground: true)
    first.cancelBackgroundCheck()
    try first.accept("E2")
    try first.query("E4", note: "which side?")
    first.waitForChecks()
    #expect(first.checkWasCancelled)
    #expect(first.checkProgress == nil)
    #expect(first.encountersWithErrors == nil)
    #expect(try first.workspace.meta("batch_encounters") == nil)
    #expect(try first.workspace.meta("batch_sha256") == batch.sha256)
    first.workspace.close()

    let again = try ReviewSession(
      batch: batch, workspacePath: workspace, reviewer: nil, rebind: false, engine: TestWorkspace.engine)
    #expect(again.reviewer == "eve")
    #expect(again.encountersWithErrors == 5000)
    #expect(try again.workspace.meta("batch_encounters") == "20000")
    #expect(try again.workspace.meta("batch_kinds") == "{\"excludes1\":5000}")
    #expect(again.decided == ["E2": .accept, "E4": .query])
    #expect(try again.workspace.trail().map(\.action) == ["create", "decide", "decide"])
    again.workspace.close()
  }

  @Test func findingsAreStoredAsJSONEncoderWroteThemAndReadBackTyped() throws {
    let (session, _, workspace) = try TestWorkspace.session(folder: TestWorkspace.folder())
    let decision = try session.correct("E1", codes: ["M54.41"], note: "a \"quoted\" note / with a slash")
    session.workspace.close()
    let queue = try DatabaseQueue(path: workspace)
    defer { try? queue.close() }
    let (before, trailValue) = try queue.read { db in
      (
        try String.fetchOne(db, sql: "SELECT findings_before FROM decision WHERE encounter_id = 'E1'") ?? "",
        try String.fetchOne(db, sql: "SELECT value FROM trail WHERE action = 'decide'") ?? ""
      )
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(before == String(decoding: try encoder.encode(decision.findingsBefore), as: UTF8.self))
    #expect(before.contains("\"kind\":\"excludes1\""))
    #expect(before.contains("\"severity\":\"error\""))
    #expect(
      trailValue
        == """
        {"changes":[{"code":"M54.41","mark":"unchanged"},{"code":"M54.50","mark":"deleted","reason":"excludes1"}],\
        "corrected":["M54.41"],"kind":"correct","note":"a \\"quoted\\" note / with a slash","submitted":["M54.50","M54.41"]}
        """)
    let stored = try ReviewWorkspace.open(path: workspace, create: false)
    defer { stored.close() }
    let read = try #require(try stored.decision(for: "E1"))
    #expect(read.findingsBefore == decision.findingsBefore)
    #expect(read.findingsBefore.first { $0.kind == .excludes1 }?.severity == .error)
    #expect(try stored.decisions(findings: false).first?.findingKinds == [.excludes1])
  }
}
