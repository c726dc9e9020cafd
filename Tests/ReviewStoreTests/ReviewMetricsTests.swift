import Foundation
import ReviewStore
import Testing

@Suite struct ReviewMetricsTests {
  @Test func errorRateAccuracyAndGroups() throws {
    let (session, _, _) = try TestWorkspace.session(folder: TestWorkspace.folder())
    try session.accept("E2")
    try session.correct("E4", codes: ["M54.50"])
    try session.correct("E3", codes: ["M54.16", "G89.29", "M54.50"], reasons: ["M54.50": .other])
    try session.query("E1", note: "sciatica?")
    try session.dismiss("E1", finding: 1, reason: "separate episode")
    let m = try ReviewMetrics(workspace: session.workspace)
    #expect(m.encounters == 4)
    #expect(m.overall.accepted == 1 && m.overall.corrected == 2 && m.overall.queried == 1)
    #expect(m.overall.codes == 4)
    #expect(m.overall.errors == 4)
    #expect(m.overall.errorRate == 1.0)
    #expect(m.overall.accuracy == 0.0)
    #expect(abs(m.overall.encounterAccuracy - 1.0 / 3.0) < 1e-9)
    #expect(m.byReason.first { $0.reason == .specificity }?.errors == 3)
    #expect(m.byReason.first { $0.reason == .other }?.changes == 1)
    #expect(m.byCoder.map(\.coder) == ["ann", "bob"])
    #expect(m.byCoder.first?.accuracy.errors == 0)
    #expect(m.byCoder.last?.accuracy.errors == 4)
    #expect(m.byKind.first { $0.kind == "excludes1" }?.dismissalRate == 1.0)
  }
}
