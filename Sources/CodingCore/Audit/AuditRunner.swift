import Foundation

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
  /// Inputs of at least this many bytes are large batches (see ``RulesEngine/prepareForBatch(large:)``).
  public static let largeInput = 256 << 10
  /// Output is handed to the caller in blocks of about this size.
  let flushAt = 1 << 18
  /// The header line of CSV output.
  static let csvHeader: StaticString =
    "encounter_id,date_of_service,release,kind,severity,codes,authority,carrier,level,note,message\n"
  /// The threads that check a large input (``largeInput`` bytes or more); 1 checks every input on
  /// the calling thread.
  public let jobs: Int
  /// The lines a lane checks at a time (smaller in tests, to cross many chunk boundaries).
  var chunkLines = 2048

  /// Creates a runner.
  ///
  /// - Parameter jobs: the threads that check a large input (default: one per processor, at most 8).
  public init(
    engine: RulesEngine, format: AuditOutputFormat, options: RuleOptions = .standard, jobs: Int = defaultJobs
  ) {
    self.engine = engine
    self.format = format
    self.options = options
    self.jobs = max(1, jobs)
  }

  /// One thread per processor, at most 8.
  public static var defaultJobs: Int { min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

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
    if jobs > 1 && (reader.sizeHint ?? 0) >= Self.largeInput {
      return try runInLanes(reader, input: input, write: write, diagnostic: diagnostic, progress: progress)
    }
    var summary = AuditSummary()
    // A large input (a few thousand lines or more) meets most codes of the release anyway: they are
    // entered at once, in tree order, before the first line.
    engine.prepareForBatch(large: (reader.sizeHint ?? 0) >= Self.largeInput)
    var auditor = LineAuditor(
      engine: engine, format: format, inputReader: AuditInputReader(input: input, options: options))
    var out = OutputBuffer(capacity: flushAt + (1 << 16))
    defer { out.deallocate() }
    if format == .csv { out.append(Self.csvHeader) }
    let flushAt = flushAt
    var lastLine = 0
    let tooLong = { (number: Int, length: Int) in
      summary.malformedLines += 1
      diagnostic(AuditLineError.tooLong(line: number, length: length, limit: reader.maxLineBytes))
    }
    let completed = reader.forEachLine(tooLong: tooLong) { bytes, number in
      lastLine = number
      auditor.audit(bytes, number: number, to: &out, summary: &summary, diagnostic: diagnostic)
      // A full block goes to `write`; progress is reported now and then.
      if out.count >= flushAt {
        write(out.bytes)
        out.removeAll()
      }
      if summary.encounters & 4095 == 0 { progress(reader.bytesRead) }
    }
    if let headerError = auditor.inputReader.headerError { throw headerError }
    if !completed { throw AuditLineError.unreadable(line: lastLine + 1, error: reader.readError) }
    if out.count > 0 { write(out.bytes) }
    return summary
  }

  /// Whether the line is valid UTF-8 (a byte scan for ASCII lines, full validation otherwise).
  static func isUTF8(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in line where b >= 0x80 { return String(validating: line, as: UTF8.self) != nil }
    return true
  }
}
