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

  /// The fields of a line, or nil when it needs the full parser (quotes, bytes outside ASCII, the
  /// wrong number of fields, or columns this form does not read). Eight bytes are scanned at a time.
  init?(_ line: UnsafeBufferPointer<UInt8>, parser: AuditCSVParser) {
    guard parser.documented == nil, parser.unrelated == nil, parser.focus == nil else { return nil }
    var field = 0
    var start = 0
    var id = 0..<0
    var date = 0..<0
    var codes = 0..<0
    @inline(__always) func fieldEnds(at i: Int) {
      if field == parser.id { id = start..<i }
      if field == parser.date { date = start..<i }
      if field == parser.codes { codes = start..<i }
      field += 1
      start = i + 1
    }
    if let base = line.baseAddress {
      var i = 0
      while i + 8 <= line.count {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if word & ByteWords.highBits != 0 || ByteWords.zeroBytes(word ^ ByteWords.spread(UInt8(ascii: "\""))) != 0 {
          return nil
        }
        var commas = ByteWords.zeroBytes(word ^ ByteWords.spread(UInt8(ascii: ",")))
        while commas != 0 {
          fieldEnds(at: i + commas.trailingZeroBitCount >> 3)
          commas &= commas &- 1
        }
        i += 8
      }
      while i < line.count {
        let c = base[i]
        if c >= 0x80 || c == UInt8(ascii: "\"") { return nil }
        if c == UInt8(ascii: ",") { fieldEnds(at: i) }
        i += 1
      }
    }
    fieldEnds(at: line.count)
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
    @inline(__always) func item(_ range: Range<Int>) {
      let item = Self.trimmed(range, in: line)
      if !item.isEmpty { body(UnsafeBufferPointer(rebasing: line[item])) }
    }
    var itemStart = codes.lowerBound
    var i = codes.lowerBound
    if let base = line.baseAddress {
      while i + 8 <= codes.upperBound {
        var semicolons = ByteWords.zeroBytes(
          UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ ByteWords.spread(UInt8(ascii: ";")))
        while semicolons != 0 {
          let k = i + semicolons.trailingZeroBitCount >> 3
          item(itemStart..<k)
          itemStart = k + 1
          semicolons &= semicolons &- 1
        }
        i += 8
      }
      while i < codes.upperBound {
        if base[i] == UInt8(ascii: ";") {
          item(itemStart..<i)
          itemStart = i + 1
        }
        i += 1
      }
    }
    item(itemStart..<codes.upperBound)
  }
}
