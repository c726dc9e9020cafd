/// Runs the rules engine over a batch of encounters, streaming: one input line in, one output record out.
///
/// Memory does not grow with the number of encounters: lines are read in chunks, output is flushed
/// in blocks, and only per-code caches (bounded) are kept.
public final class AuditRunner {
  /// The input form.
  public enum InputFormat: Sendable {
    case csv
    case jsonl
  }

  let engine: RulesEngine
  let format: AuditOutputFormat
  let options: RuleOptions
  private var out = JSONWriter(capacity: 1 << 18)
  private let flushAt = 1 << 18
  private var write: (UnsafeRawBufferPointer) -> Void = { _ in }

  /// Creates a runner.
  public init(engine: RulesEngine, format: AuditOutputFormat, options: RuleOptions = .standard) {
    self.engine = engine
    self.format = format
    self.options = options
  }

  /// Guesses the input form from the file name (`.jsonl`, `.ndjson`, `.json`) or the first byte (`{`).
  public static func inputFormat(path: String, firstByte: UInt8?) -> InputFormat {
    let lower = path.lowercased()
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .jsonl }
    if lower.hasSuffix(".csv") { return .csv }
    return firstByte == UInt8(ascii: "{") ? .jsonl : .csv
  }

  /// Audits every line of `reader`.
  ///
  /// - Parameters:
  ///   - input: the input form (CSV needs its header line first).
  ///   - write: receives output bytes in blocks (standard output or a file).
  ///   - diagnostic: receives one message per malformed line (`line 7: bad date "2026-13-01"`).
  ///   - progress: called about every 4,096 encounters with the bytes read so far.
  /// - Returns: the summary; throws ``AuditLineError`` when the CSV header is unusable.
  public func run(
    _ reader: LineReader, input: InputFormat, write: @escaping (UnsafeRawBufferPointer) -> Void,
    diagnostic: (AuditLineError) -> Void, progress: (Int) -> Void = { _ in }
  ) throws -> AuditSummary {
    self.write = write
    var summary = AuditSummary()
    var inputReader = AuditInputReader(input: input, options: options)
    if format == .csv {
      out.raw("encounter_id,date_of_service,release,kind,severity,codes,authority,carrier,level,note,message\n")
    }
    reader.forEachLine { bytes, number in
      guard let parsed = inputReader.read(bytes, number: number) else { return }
      switch parsed {
      case .failure(let error):
        summary.malformedLines += 1
        diagnostic(error)
      case .success(let record):
        let result = engine.check(record.encounter, includeChecklist: false)
        summary.add(result.findings)
        emit(record, result)
        if summary.encounters & 4095 == 0 { progress(reader.bytesRead) }
      }
    }
    if let headerError = inputReader.headerError { throw headerError }
    flush()
    return summary
  }

  /// Whether the line is valid UTF-8 (a byte scan for ASCII lines, full validation otherwise).
  static func isUTF8(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in line where b >= 0x80 { return String(validating: line, as: UTF8.self) != nil }
    return true
  }

  private func flush() {
    guard !out.bytes.isEmpty else { return }
    out.bytes.withUnsafeBytes { write($0) }
    out.bytes.removeAll(keepingCapacity: true)
  }

  private func emit(_ record: AuditRecord, _ result: EncounterResult) {
    switch format {
    case .jsonl: AuditRecordWriter.jsonl(record, result, to: &out)
    case .csv: AuditRecordWriter.csv(record, result, to: &out)
    case .text: AuditRecordWriter.text(record, result, to: &out)
    }
    if out.bytes.count >= flushAt { flush() }
  }
}
