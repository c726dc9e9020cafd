/// Parses the audit input format line by line: CSV with the header
/// `encounter_id,date_of_service,codes[,documented]` or JSON Lines with the same fields.
///
/// Shared by `m54 audit` (streaming) and the workbench's batch stepping, so both accept and reject
/// exactly the same lines.
public struct AuditInputReader {
  /// The input form.
  public let input: AuditRunner.InputFormat
  /// Rule switches given to every encounter read.
  public let options: RuleOptions
  private var csv: AuditCSVParser?
  /// The error of an unusable CSV header; once set, no further line is read.
  public private(set) var headerError: AuditLineError?

  /// Whether data lines can be read: always for JSON Lines, once the header is read for CSV.
  var isReadingData: Bool { input == .jsonl || csv != nil }

  /// Creates a reader for one input.
  public init(input: AuditRunner.InputFormat, options: RuleOptions = .standard) {
    self.input = input
    self.options = options
  }

  /// Reads one line (1-based `number`): a record, a line error, or nil for a blank line or the header.
  public mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) -> Result<AuditRecord, AuditLineError>? {
    guard headerError == nil else { return nil }
    if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    var line = bytes
    if number == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
      line = UnsafeBufferPointer(rebasing: line[3...])
    }
    guard AuditRunner.isUTF8(line) else {
      // An unreadable header stops the audit: the lines after it cannot be read without it.
      if input == .csv && csv == nil {
        headerError = AuditLineError(line: number, problem: "the header is not UTF-8")
        return nil
      }
      return .failure(AuditLineError(line: number, problem: "not UTF-8"))
    }
    switch input {
    case .jsonl:
      return AuditJSONLParser.record(line, number: number, options: options)
    case .csv:
      guard let parser = csv else {
        switch AuditCSVParser.header(String(decoding: line, as: UTF8.self)) {
        case .success(let p): csv = p
        case .failure(var e):
          e.line = number
          headerError = e
        }
        return nil
      }
      return parser.record(bytes: line, number: number, options: options)
    }
  }

  /// A CSV data line the audit can check from its bytes (ASCII, split plainly), or nil: then
  /// ``read(_:number:)`` it, which accepts or rejects it the same way (and reports a bad date).
  func plainLine(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) -> PlainCSVLine? {
    guard number > 1, headerError == nil, let parser = csv else { return nil }
    return PlainCSVLine(bytes, parser: parser)
  }

  /// Reads a whole batch into memory (the workbench steps through it): the records and the line
  /// errors, or the header error when the CSV header is unusable.
  ///
  /// `progress` is called about every 4,096 lines with the bytes read so far.
  public static func readAll(
    _ reader: LineReader, input: AuditRunner.InputFormat, options: RuleOptions = .standard,
    progress: (Int) -> Void = { _ in }
  ) -> Result<(records: [AuditRecord], errors: [AuditLineError]), AuditLineError> {
    var state = AuditInputReader(input: input, options: options)
    var records: [AuditRecord] = []
    var errors: [AuditLineError] = []
    var lastLine = 0
    let completed = reader.forEachLine(tooLong: { number, length in
      errors.append(.tooLong(line: number, length: length, limit: reader.maxLineBytes))
    }) { bytes, number in
      lastLine = number
      if number & 4095 == 0 { progress(reader.bytesRead) }
      switch state.read(bytes, number: number) {
      case .success(let record)?: records.append(record)
      case .failure(let error)?: errors.append(error)
      case nil: break
      }
    }
    if let headerError = state.headerError { return .failure(headerError) }
    if !completed { return .failure(.unreadable(line: lastLine + 1, error: reader.readError)) }
    return .success((records, errors))
  }
}
