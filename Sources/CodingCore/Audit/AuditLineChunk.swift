/// A run of consecutive input lines copied out of the reader, handed to one lane of a large audit,
/// and what the lane made of them.
struct AuditLineChunk: @unchecked Sendable {
  /// One line of the chunk: its bytes in ``bytes``, or the length of an over-long line skipped.
  struct Line {
    /// The 1-based line number in the input.
    var number: Int
    /// Where the line's bytes start in ``bytes``.
    var start: Int
    /// The number of bytes (0 for a skipped line).
    var count: Int
    /// The length of an over-long line that was skipped unread, or -1.
    var skippedLength: Int
  }

  /// What a lane made of a chunk, handed back in input order.
  struct Outcome: @unchecked Sendable {
    /// The output records (the one who writes them deallocates the buffer).
    var output: OutputBuffer
    /// The counts of the chunk's lines.
    var summary = AuditSummary()
    /// The chunk's line errors, in line order.
    var diagnostics: [AuditLineError] = []
    /// The input bytes read when the chunk was full (for progress).
    var bytesRead: Int
    /// The chunk, emptied, for the reader to fill again (its memory is reused).
    var emptied: AuditLineChunk
  }

  /// The lines' bytes, one after another.
  private(set) var bytes: [UInt8] = []
  /// The lines in input order.
  private(set) var lines: [Line] = []
  /// The input bytes read when the chunk was handed over.
  var bytesRead = 0

  /// A chunk is handed over at this many lines.
  let lineLimit: Int
  /// A chunk is handed over at this many bytes (a few long lines fill it first).
  static let byteLimit = 1 << 20

  /// Creates an empty chunk with room for `lineLimit` lines.
  init(lineLimit: Int) {
    self.lineLimit = lineLimit
    lines.reserveCapacity(lineLimit)
    bytes.reserveCapacity(min(Self.byteLimit, lineLimit * 256))
  }

  /// Whether the chunk is full and should be handed over.
  var isFull: Bool { lines.count >= lineLimit || bytes.count >= Self.byteLimit }

  /// Whether no line was added.
  var isEmpty: Bool { lines.isEmpty }

  /// Forgets the lines, keeping the memory.
  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    lines.removeAll(keepingCapacity: true)
    bytesRead = 0
  }

  /// Copies a line in.
  mutating func append(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
    lines.append(Line(number: number, start: bytes.count, count: line.count, skippedLength: -1))
    bytes.append(contentsOf: line)
  }

  /// Notes an over-long line skipped unread.
  mutating func appendSkipped(number: Int, length: Int) {
    lines.append(Line(number: number, start: bytes.count, count: 0, skippedLength: length))
  }

  /// Audits every line with `auditor`, in order, writing the records into `output`.
  consuming func audit(with auditor: inout LineAuditor, into output: OutputBuffer, maxLineBytes: Int) -> Outcome {
    var output = output
    var summary = AuditSummary()
    var diagnostics: [AuditLineError] = []
    bytes.withUnsafeBufferPointer { all in
      for line in lines {
        if line.skippedLength >= 0 {
          summary.malformedLines += 1
          diagnostics.append(.tooLong(line: line.number, length: line.skippedLength, limit: maxLineBytes))
          continue
        }
        let slice = UnsafeBufferPointer(rebasing: all[line.start..<(line.start + line.count)])
        auditor.audit(slice, number: line.number, to: &output, summary: &summary) { diagnostics.append($0) }
      }
    }
    let read = bytesRead
    removeAll()
    return Outcome(output: output, summary: summary, diagnostics: diagnostics, bytesRead: read, emptied: self)
  }
}
