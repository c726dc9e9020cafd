import CodingCore
import Foundation
import ReviewStore
import Testing

/// An export written a part at a time: the same bytes as the whole export, whatever the size of a
/// part, with unreadable lines in their places; an output file that appears only when complete.
@Suite struct StreamedExportTests {
  /// Twelve encounters with unreadable lines before the first, between two and after the last.
  static let batchText = """
    encounter_id,date_of_service,codes
    E1,2026-05-01,M54.50;M54.41
    E2,2026-05-02,M54.2
    E3,not a date,M54.2
    E4,2026-05-04,M54.5
    E5,2026-05-05,M54.16;G89.29
    E6,2026-05-06,M54.50
    E6,2026-05-06,M54.50
    E7,2026-05-07,S39.012
    E8,2026-05-08,M51.36
    E9,2026-05-09,M54.59
    E10,2026-05-10,G57.01;M54.41
    E11,2026-05-11,R52
    E12,2026-05-12,M54.9
    E13,2026-13-01,M54.9

    """

  static func decided() throws -> (ReviewSession, [Decision]) {
    let (session, _, _) = try TestWorkspace.session(folder: TestWorkspace.folder(), batchText: batchText)
    try session.query("E2", note: "why M54.2?")
    try session.correct("E4", codes: ["M54.50"], note: "header")
    try session.accept("E5")
    try session.correct("E9", codes: ["M54.50", "M54.41"], note: nil)
    return (session, try session.workspace.decisions())
  }

  @Test func partsOfAnySizeGiveTheWholeExport() throws {
    let (session, decisions) = try Self.decided()
    let batch = session.batch
    #expect(batch.entries.count == 11)
    #expect(batch.unreadable.count == 3)
    let whole = ExportRow.rows(batch: batch, decisions: decisions, engine: TestWorkspace.engine)
    #expect(whole.count == 14)
    // The unreadable lines sit between the encounters of the lines around them.
    #expect(
      whole.map { $0.entry?.id ?? "-" } == [
        "E1", "E2", "-", "E4", "E5", "E6", "-", "E7", "E8", "E9", "E10", "E11", "E12", "-",
      ])
    let csv = ReviewExporter.csv(whole)
    let jsonl = ReviewExporter.jsonl(whole)
    for size in [1, 2, 3, 5, 11, 100] {
      var parts = 0
      var rows: [ExportRow] = []
      ExportRow.forEachPart(batch: batch, decisions: decisions, engine: TestWorkspace.engine, partSize: size) {
        parts += 1
        rows += $0
      }
      #expect(parts == (11 + size - 1) / size)
      #expect(ReviewExporter.csv(rows) == csv)
      #expect(ReviewExporter.jsonl(rows) == jsonl)
    }
    for format in [ReviewExporter.Format.csv, .jsonl] {
      var streamed: [UInt8] = []
      let count = try ReviewExporter.export(
        format, batch: batch, decisions: decisions, engine: TestWorkspace.engine, meta: [:],
        metrics: { throw WorkspaceError.refused("a row export reads no metrics") }
      ) { streamed += $0 }
      #expect(count == 14)
      #expect(streamed == (format == .csv ? csv : jsonl))
    }
  }

  @Test func aReportListsTheQueriesAndCorrectionsWithoutChecking() throws {
    let (session, decisions) = try Self.decided()
    let notable = ExportRow.notable(batch: session.batch, decisions: decisions)
    #expect(notable.map { $0.entry?.id } == ["E2", "E4", "E9"])
    #expect(notable.map { $0.decision?.kind } == [.query, .correct, .correct])
    #expect(notable.allSatisfy { $0.before.isEmpty && $0.after == nil })
    var text = ""
    let report = try ReviewExporter.export(
      .md, batch: session.batch, decisions: decisions, engine: TestWorkspace.engine,
      meta: try session.workspace.allMeta(), metrics: { try ReviewMetrics(workspace: session.workspace) }
    ) { text += String(decoding: $0, as: UTF8.self) }
    #expect(text.contains("| E2 | queried | M54.2 |"))
    #expect(text.contains("| E9 | corrected | M54.59 | M54.50 M54.41 |"))
    #expect(!text.contains("| E5 |"))
    #expect(report == 14)
  }

  @Test func aFileWrittenInPiecesAppearsOnlyWhenComplete() throws {
    let folder = TestWorkspace.folder()
    let out = folder + "/export.csv"
    try AtomicFile.write(Array("old\n".utf8), to: out, protecting: [])
    struct Stop: Error {}
    #expect(throws: Stop.self) {
      try AtomicFile.write(to: out, protecting: []) { emit in
        try emit(Array("new part 1\n".utf8))
        throw Stop()
      }
    }
    // The old file is untouched and no temporary file is left behind.
    #expect(String(decoding: TestWorkspace.bytes(out), as: UTF8.self) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["export.csv"])
    try AtomicFile.write(to: out, protecting: []) { emit in
      for i in 1...3 { try emit(Array("part \(i)\n".utf8)) }
    }
    #expect(String(decoding: TestWorkspace.bytes(out), as: UTF8.self) == "part 1\npart 2\npart 3\n")
    let mode = (try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? NSNumber)?.intValue
    #expect(mode == 0o600)
  }
}
