/// A minimal byte-level JSON writer for the audit's hot path (no `JSONEncoder`, correct escaping).
public struct JSONWriter: Sendable {
  /// The bytes written so far.
  public var bytes: [UInt8]

  /// Creates a writer with some reserved capacity.
  public init(capacity: Int = 4096) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Appends raw ASCII or already valid JSON.
  @inline(__always) public mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends one byte.
  @inline(__always) public mutating func byte(_ b: UInt8) { bytes.append(b) }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends a JSON string literal with quotes, escaping `"`, `\` and control characters.
  public mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { string(utf8: $0) }
  }

  /// Appends a JSON string literal from UTF-8 bytes.
  public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    contents(utf8: utf8)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends text escaped as inside a JSON string literal, without the quotes (pieces of one string
  /// written one after another give the same bytes as the whole string written at once).
  public mutating func contents(_ text: String) {
    var text = text
    text.withUTF8 { contents(utf8: $0) }
  }

  /// Appends UTF-8 bytes escaped as inside a JSON string literal, without the quotes.
  public mutating func contents(utf8: UnsafeBufferPointer<UInt8>) {
    guard let base = utf8.baseAddress else { return }
    let count = utf8.count
    var runStart = 0
    var i = 0
    while i < count {
      // Eight bytes at a time: skip words without a control character, quote or backslash.
      if i + 8 <= count {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if !Self.needsEscape(word) {
          i += 8
          continue
        }
      }
      let c = base[i]
      guard c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") else {
        i += 1
        continue
      }
      if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart)) }
      runStart = i + 1
      switch c {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      default:
        raw("\\u00")
        bytes.append(Self.hex[Int(c >> 4)])
        bytes.append(Self.hex[Int(c & 0xF)])
      }
      i += 1
    }
    if runStart < count {
      bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }
  }

  /// Whether UTF-8 bytes need escaping inside a JSON string (a control character, quote or backslash).
  static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = utf8.baseAddress else { return false }
    var i = 0
    while i + 8 <= utf8.count {
      if needsEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { return true }
      i += 8
    }
    while i < utf8.count {
      let c = base[i]
      if c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return true }
      i += 1
    }
    return false
  }

  /// Whether any of eight bytes is below 0x20, a quote or a backslash (bytes of 0x80 and above are
  /// fine: they are parts of UTF-8 sequences).
  @inline(__always) static func needsEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
    let control = (word &- ones &* 0x20) & ~word & highs
    return (control | zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x5C))) != 0
  }

  /// Appends `"key":` (the key must not need escaping).
  @inline(__always) public mutating func key(_ key: StaticString) {
    bytes.append(UInt8(ascii: "\""))
    raw(key)
    raw("\":")
  }

  /// Appends an array of strings.
  public mutating func strings(_ items: [String]) {
    bytes.append(UInt8(ascii: "["))
    for (i, item) in items.enumerated() {
      if i > 0 { bytes.append(UInt8(ascii: ",")) }
      string(item)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Appends a date as `YYYY-MM-DD` (no quotes).
  public mutating func date(_ date: ServiceDate) {
    guard (0...9999).contains(date.year), (0...99).contains(date.month), (0...99).contains(date.day) else {
      return bytes.append(contentsOf: date.description.utf8)
    }
    let zero = UInt8(ascii: "0")
    let (y, m, d) = (date.year, date.month, date.day)
    let text: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
      zero + UInt8(y / 1000), zero + UInt8(y / 100 % 10), zero + UInt8(y / 10 % 10), zero + UInt8(y % 10),
      UInt8(ascii: "-"), zero + UInt8(m / 10), zero + UInt8(m % 10), UInt8(ascii: "-"), zero + UInt8(d / 10),
      zero + UInt8(d % 10)
    )
    withUnsafeBytes(of: text) { bytes.append(contentsOf: $0) }
  }

  /// Appends a decimal integer.
  public mutating func integer(_ value: Int) {
    bytes.append(contentsOf: String(value).utf8)
  }
}
