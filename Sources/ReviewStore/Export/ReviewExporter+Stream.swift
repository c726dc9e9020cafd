import CodingCore

extension ReviewExporter {
  /// Writes the export of a review in `format` through `emit`, a part at a time (CSV and JSON Lines:
  /// the rows of about 16,000 encounters per call, so a batch of any size is exported in bounded
  /// memory; a report: once), and returns the number of rows (encounters and unreadable lines).
  ///
  /// - Parameter metrics: the review's figures, read only for a report.
  public static func export(
    _ format: Format, batch: ReviewBatch, decisions: [Decision], engine: RulesEngine, meta: [String: String],
    metrics: () throws -> ReviewMetrics, emit: ([UInt8]) throws -> Void
  ) throws -> Int {
    switch format {
    case .csv:
      try emit(Array(csvHeader.utf8))
      try ExportRow.forEachPart(batch: batch, decisions: decisions, engine: engine) { rows in
        var out: [UInt8] = []
        appendCSV(rows, to: &out)
        try emit(out)
      }
    case .jsonl:
      try ExportRow.forEachPart(batch: batch, decisions: decisions, engine: engine) { rows in
        var w = JSONWriter(capacity: rows.count * 300)
        appendJSONL(rows, to: &w)
        try emit(w.bytes)
      }
    case .md:
      try emit(
        ReviewReport.markdown(try metrics(), meta: meta, rows: ExportRow.notable(batch: batch, decisions: decisions)))
    case .html:
      try emit(
        ReviewReport.html(try metrics(), meta: meta, rows: ExportRow.notable(batch: batch, decisions: decisions)))
    }
    return batch.entries.count + batch.unreadable.count
  }
}
