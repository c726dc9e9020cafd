/// A CSV data line split from its bytes: no quotes, only the required columns (and ignored ones),
/// the right number of fields. The audit checks such lines straight from their bytes; any other
/// line goes through the parser's string path.
struct PlainCSVLine {
  /// The line's bytes (valid while the line reader calls back).
  let line: UnsafeBufferPointer<UInt8>
  /// The `encounter_id` field, trimmed.
  let id: Range<Int>
  /// The `date_of_service` field, and the date it holds (nil when it is not a valid date).
  let dateField: Range<Int>
  let date: ServiceDate?
  /// The `codes` field.
  let codes: Range<Int>

  /// The fields of a line (valid UTF-8), or nil when it needs the full parser.
  init?(_ line: UnsafeBufferPointer<UInt8>, parser: AuditCSVParser) {
    guard parser.documented == nil, parser.unrelated == nil, parser.focus == nil else { return nil }
    var field = 0
    var start = 0
    var id = 0..<0
    var date = 0..<0
    var codes = 0..<0
    for i in 0...line.count {
      let c = i < line.count ? line[i] : UInt8(ascii: ",")
      if c == UInt8(ascii: "\"") { return nil }
      guard c == UInt8(ascii: ",") else { continue }
      if field == parser.id { id = start..<i }
      if field == parser.date { date = start..<i }
      if field == parser.codes { codes = start..<i }
      field += 1
      start = i + 1
    }
    guard field == parser.columnCount else { return nil }
    self.line = line
    self.id = Self.trimmed(id, in: line)
    dateField = date
    self.date = AuditFieldParser.date(bytes: UnsafeBufferPointer(rebasing: line[date]))
    self.codes = codes
  }

  /// A range without leading and trailing spaces and tabs.
  static func trimmed(_ range: Range<Int>, in line: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, line[lower] == 0x20 || line[lower] == 0x09 { lower += 1 }
    while upper > lower, line[upper - 1] == 0x20 || line[upper - 1] == 0x09 { upper -= 1 }
    return lower..<upper
  }

  /// The id's bytes.
  var idBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[id]) }

  /// The text of a range of the line.
  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
  }

  /// Calls `body` with each non-empty code of the `codes` field (split at `;`, trimmed).
  @inline(__always) func forEachCode(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var itemStart = codes.lowerBound
    for i in codes.lowerBound...codes.upperBound where i == codes.upperBound || line[i] == UInt8(ascii: ";") {
      let item = Self.trimmed(itemStart..<i, in: line)
      if !item.isEmpty { body(UnsafeBufferPointer(rebasing: line[item])) }
      itemStart = i + 1
    }
  }
}
