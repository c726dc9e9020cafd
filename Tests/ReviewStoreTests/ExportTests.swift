import Foundation
import ReviewStore
import Testing

@Suite struct ExportTests {
  @Test func csvNeutralisesFormulasAndJSONLinesCarryDecisions() throws {
    let (session, _, _) = try TestWorkspace.session(folder: TestWorkspace.folder())
    try session.query("E2", note: "=HYPERLINK(\"http://x\")")
    try session.correct("E4", codes: ["M54.50"], note: "header")
    let rows = ExportRow.rows(
      batch: session.batch, decisions: try session.workspace.decisions(), engine: TestWorkspace.engine)
    #expect(rows.count == 4)
    let csv = String(decoding: ReviewExporter.csv(rows), as: UTF8.self)
    #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","))
    let lines = String(decoding: ReviewExporter.jsonl(rows), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[3].contains("\"encounter_id\":\"E4\""))
    #expect(lines[3].contains("\"decision\":\"correct\",\"corrected_codes\":[\"M54.50\"]"))
    #expect(lines[3].contains("{\"code\":\"M54.5\",\"mark\":\"deleted\",\"reason\":\"specificity\",\"weight\":2}"))
    #expect(lines[0].contains("\"decision\":null"))
  }

  @Test func theHTMLReportHasChartsAndNoScripts() throws {
    let (session, _, _) = try TestWorkspace.session(folder: TestWorkspace.folder())
    try session.query("E2", note: "<script>alert(1)</script>")
    try session.accept("E1")
    let rows = ExportRow.notable(batch: session.batch, decisions: try session.workspace.decisions())
    let html = String(
      decoding: ReviewReport.html(
        try ReviewMetrics(workspace: session.workspace), meta: try session.workspace.allMeta(), rows: rows),
      as: UTF8.self)
    #expect(html.contains("<svg"))
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    // Queries and corrections are listed; an accepted encounter is not.
    #expect(html.contains("<td>E2</td>"))
    #expect(!html.contains("<td>E1</td>"))
  }

  @Test func atomicWritesArePrivateAndNeverReplaceTheWorkspace() throws {
    let folder = TestWorkspace.folder()
    let (session, batch, workspace) = try TestWorkspace.session(folder: folder)
    let out = folder + "/report.csv"
    try AtomicFile.write(Array("a\n".utf8), to: out, protecting: [workspace, batch])
    let mode = (try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? NSNumber)?.intValue
    #expect(mode == 0o600)
    #expect(throws: WorkspaceError.self) { try AtomicFile.write([], to: workspace, protecting: [workspace, batch]) }
    #expect(throws: WorkspaceError.self) {
      try AtomicFile.write([], to: folder + "/./batch.csv", protecting: [workspace, batch])
    }
    #expect(try session.workspace.meta("batch_path") == batch)
  }
}
