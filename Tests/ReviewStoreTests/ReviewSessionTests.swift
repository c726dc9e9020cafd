import Foundation
import ReviewStore
import Testing

@Suite struct ReviewSessionTests {
  @Test func everyDecisionKindIsStoredWithItsTrail() throws {
    let (session, _, workspace) = try TestWorkspace.session(folder: TestWorkspace.folder())
    try session.accept("E2")
    try session.query("E3", note: "is the pain chronic?")
    let corrected = try session.correct("E1", codes: ["m54.41"], note: "sciatica documented")
    #expect(corrected.changes.map(\.mark) == [.unchanged, .deleted])
    #expect(corrected.changes.last?.reason == .excludes1)
    #expect(corrected.errors == 2)
    #expect(corrected.findingsBefore.contains { $0.kind == .excludes1 && $0.severity == .error })
    #expect(corrected.findingsAfter?.contains { $0.kind == .excludes1 && $0.severity == .error } == false)
    session.workspace.close()

    let reopened = try ReviewWorkspace.open(path: workspace, create: false)
    let decisions = try reopened.decisions(findings: true)
    #expect(decisions.map(\.encounterID) == ["E1", "E2", "E3"])
    #expect(decisions.map(\.kind) == [.correct, .accept, .query])
    #expect(decisions[0].corrected == ["M54.41"])
    #expect(decisions[0].coder == "ann")
    #expect(decisions[2].note == "is the pain chronic?")
    let trail = try reopened.trail()
    #expect(trail.map(\.action) == ["create", "decide", "decide", "decide"])
    #expect(trail.allSatisfy { $0.reviewer == "alice" && $0.at.hasSuffix("Z") })
  }

  @Test func aQueryWithoutANoteAndAnUnknownEncounterAreRefused() throws {
    let (session, _, _) = try TestWorkspace.session(folder: TestWorkspace.folder())
    #expect(throws: WorkspaceError.refused("a query needs a note")) { try session.query("E1", note: "  ") }
    do {
      try session.accept("E9")
      Issue.record("an unknown encounter was accepted")
    } catch let error as WorkspaceError {
      #expect(error.exitStatus == 1)
    }
    #expect(try session.workspace.decisions().isEmpty)
  }

  @Test func aChangedDecisionKeepsThePreviousValueInTheTrailAndUndoRestoresIt() throws {
    let (session, _, _) = try TestWorkspace.session(folder: TestWorkspace.folder())
    try session.accept("E4")
    try session.correct("E4", codes: ["M54.50"])
    let trail = try session.workspace.trail(encounterID: "E4")
    #expect(trail.count == 2)
    #expect(trail[1].previous?.contains("\"kind\":\"accept\"") == true)
    #expect(trail[1].value?.contains("\"kind\":\"correct\"") == true)
    #expect(try session.undo() == "E4")
    #expect(try session.workspace.decision(for: "E4")?.kind == .accept)
    #expect(try session.undo() == "E4")
    #expect(try session.workspace.decision(for: "E4") == nil)
    #expect(try session.workspace.trail(encounterID: "E4").map(\.action) == ["decide", "decide", "undo", "undo"])
  }

  @Test func dispositionsNeedAReasonToDismissAndAValidNumber() throws {
    let (session, _, _) = try TestWorkspace.session(folder: TestWorkspace.folder())
    let findings = session.findings(0)
    #expect(findings.first?.kind == .excludes1)
    try session.dismiss("E1", finding: 1, reason: "separate injury episode")
    #expect(throws: WorkspaceError.self) { try session.dismiss("E1", finding: 1, reason: "") }
    #expect(throws: WorkspaceError.self) { try session.agree("E1", finding: findings.count + 1) }
    let stored = try session.workspace.dispositions()
    #expect(stored.count == 1)
    #expect(stored.first?.verdict == .dismiss)
    #expect(stored.first?.findingKind == "excludes1")
    #expect(stored.first?.findingCodes == ["M54.50", "M54.41"])
  }

  @Test func aChangedBatchIsRefusedUnlessRebound() throws {
    let folder = TestWorkspace.folder()
    let (session, batchPath, workspace) = try TestWorkspace.session(folder: folder)
    try session.accept("E1")
    try session.accept("E2")
    try session.query("E3", note: "why G89.29?")
    session.workspace.close()
    let changed = TestWorkspace.batchText.replacingOccurrences(of: "E2,2026-05-02,M54.2", with: "E2,2026-05-02,M54.6")
      .replacingOccurrences(of: "E3,", with: "E7,")
    _ = TestWorkspace.write(changed, name: "batch.csv", in: folder)
    guard let batch = TestWorkspace.batch(batchPath) else {
      Issue.record("unreadable batch")
      return
    }
    do {
      _ = try ReviewSession(
        batch: batch, workspacePath: workspace, reviewer: "bob", rebind: false, engine: TestWorkspace.engine)
      Issue.record("a changed batch was accepted")
    } catch let error as WorkspaceError {
      #expect(error.description.contains("has changed since the review in"))
      #expect(error.exitStatus == 2)
    }
    let rebound = try ReviewSession(
      batch: batch, workspacePath: workspace, reviewer: "bob", rebind: true, engine: TestWorkspace.engine)
    #expect(rebound.rebindReport == RebindReport(kept: 1, dropped: 2, droppedIDs: ["E2", "E3"]))
    #expect(try rebound.workspace.decisions().map(\.encounterID) == ["E1"])
    #expect(try rebound.workspace.trail().map(\.action).suffix(3) == ["drop", "drop", "rebind"])
  }

  @Test func theReviewerIsRememberedAndDuplicateIdsAreUnreadableRows() throws {
    let folder = TestWorkspace.folder()
    let text = TestWorkspace.batchText + "E2,2026-05-09,M54.9,ann\nE5,2026-13-01,M54.9,ann\n"
    let (session, batchPath, workspace) = try TestWorkspace.session(folder: folder, reviewer: "carol", batchText: text)
    #expect(session.batch.unreadable.map(\.line) == [6, 7])
    #expect(session.batch.unreadable.first?.problem == "duplicate encounter_id \"E2\" (first on line 3)")
    session.workspace.close()
    guard let batch = TestWorkspace.batch(batchPath) else { return }
    let again = try ReviewSession(
      batch: batch, workspacePath: workspace, reviewer: nil, rebind: false, engine: TestWorkspace.engine)
    #expect(again.reviewer == "carol")
  }

  @Test func aBackgroundCheckRecordsTheBatchCounts() throws {
    let folder = TestWorkspace.folder()
    let batchPath = TestWorkspace.write(TestWorkspace.batchText, name: "batch.csv", in: folder)
    guard let batch = TestWorkspace.batch(batchPath) else { return }
    let session = try ReviewSession(
      batch: batch, workspacePath: folder + "/bg.m54review", reviewer: "dan", rebind: false,
      engine: TestWorkspace.engine, checkInBackground: true)
    try session.accept("E2")
    session.waitForChecks()
    #expect(session.encountersWithErrors == 2)
    #expect(session.checked == 4)
    #expect(try session.workspace.meta("batch_with_errors") == "2")
    #expect(try session.workspace.meta("batch_encounters") == "4")
  }

  @Test func twoWritersOnOneWorkspaceBothCommit() throws {
    let folder = TestWorkspace.folder()
    let (first, batchPath, workspace) = try TestWorkspace.session(folder: folder, reviewer: "ann")
    guard let batch = TestWorkspace.batch(batchPath) else { return }
    let second = try ReviewSession(
      batch: batch, workspacePath: workspace, reviewer: "bob", rebind: false, engine: TestWorkspace.engine)
    DispatchQueue.concurrentPerform(iterations: 2) { i in
      for round in 0..<20 {
        if i == 0 { _ = try? first.accept(round % 2 == 0 ? "E1" : "E2") } else { _ = try? second.accept("E3") }
      }
    }
    try first.refresh()
    #expect(first.decided.keys.sorted() == ["E1", "E2", "E3"])
    #expect(try first.workspace.trail().filter { $0.action == "decide" }.count == 40)
  }
}
