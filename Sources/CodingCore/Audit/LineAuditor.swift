/// Checks one audit input line and writes its output record: the work of the audit's loop for one
/// line, shared by the audit on one thread and the lanes of a large batch.
///
/// Not thread-safe: it keeps the input reader's state (the CSV header) and checks with one engine;
/// a lane of a large batch has its own.
struct LineAuditor {
  /// The engine the lines are checked with.
  let engine: RulesEngine
  /// The output form.
  let format: AuditOutputFormat
  /// The input reader (its CSV header once read).
  var inputReader: AuditInputReader
  /// Whether CSV lines are checked from their bytes and written as JSON Lines (the fast path).
  private let plainLines: Bool
  /// One encounter value serves every plain line, each with its own date.
  private let plain: Encounter

  /// Creates an auditor of one input with one engine.
  init(engine: RulesEngine, format: AuditOutputFormat, inputReader: AuditInputReader) {
    self.engine = engine
    self.format = format
    self.inputReader = inputReader
    plainLines = inputReader.input == .csv && format == .jsonl
    plain = Encounter(date: .fallback, codes: [], options: inputReader.options)
  }

  /// Checks line `number` and appends its output record to `out`; a malformed line is counted in
  /// `summary` and reported to `diagnostic` instead. The header and blank lines write nothing.
  mutating func audit(
    _ bytes: UnsafeBufferPointer<UInt8>, number: Int, to out: inout OutputBuffer, summary: inout AuditSummary,
    diagnostic: (AuditLineError) -> Void
  ) {
    if plainLines, let line = inputReader.plainLine(bytes, number: number), let date = line.date {
      engine.evaluate(plain, on: date, adding: { t in t.add(codes: line.forEachCode) }, lean: true) { t, _ in
        summary.add(t)
        AuditRecordWriter.jsonl(id: line.idBytes, date: date, t, to: &out)
      }
      return
    }
    guard let parsed = inputReader.read(bytes, number: number) else { return }
    switch parsed {
    case .failure(let error):
      summary.malformedLines += 1
      diagnostic(error)
    case .success(let record):
      let format = format
      engine.evaluate(record.encounter, lean: format == .jsonl) { t, selection in
        summary.add(t)
        switch format {
        case .jsonl:
          AuditRecordWriter.jsonl(record, t, to: &out)
        case .csv, .text:
          let result = EncounterResult(
            release: t.rules.releaseID, isApproximate: selection.isApproximate, codes: t.codes,
            findings: t.findings, checklist: [])
          var w = JSONWriter(capacity: 1024)
          if format == .csv {
            AuditRecordWriter.csv(record, result, to: &w)
          } else {
            AuditRecordWriter.text(record, result, to: &w)
          }
          w.bytes.withUnsafeBufferPointer { out.append($0) }
        }
      }
    }
  }
}
