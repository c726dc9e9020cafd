/// Turns the text of audit input fields into parts of an ``Encounter``.
enum AuditFieldParser {
  /// A `YYYY-MM-DD` date, strictly (surrounding spaces allowed).
  static func date(_ text: Substring) -> ServiceDate? {
    var copy = String(text)
    return copy.withUTF8 { date(bytes: $0) }
  }

  /// A `YYYY-MM-DD` date from bytes, strictly (surrounding spaces allowed).
  static func date(bytes: UnsafeBufferPointer<UInt8>) -> ServiceDate? {
    var lower = 0
    var upper = bytes.count
    while lower < upper, bytes[lower] == 0x20 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
    let u = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"), let p = u.baseAddress else { return nil }
    // Every digit at once: a byte minus "0" above 9 (or below 0, wrapping) sets a high nibble.
    var digits: (UInt64, UInt16) = (0, 0)
    withUnsafeMutableBytes(of: &digits.0) { $0.copyMemory(from: UnsafeRawBufferPointer(start: p, count: 8)) }
    withUnsafeMutableBytes(of: &digits.1) { $0.copyMemory(from: UnsafeRawBufferPointer(start: p + 8, count: 2)) }
    let low = digits.0 &- 0x2D30_302D_3030_3030 as UInt64
    let high = digits.1 &- 0x3030 as UInt16
    // Bytes 4 and 7 are the dashes (0 after the subtraction); every other byte must be 0-9.
    guard (low | (low &+ 0x0606_0606_0606_0606)) & 0xF0F0_F0F0_F0F0_F0F0 == 0,
      (high | (high &+ 0x0606)) & 0xF0F0 == 0
    else { return nil }
    @inline(__always) func digit(_ i: Int) -> Int { Int(truncatingIfNeeded: (low >> (8 * i)) & 0xFF) }
    let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
    let m = digit(5) * 10 + digit(6)
    let d = Int(high & 0xFF) * 10 + Int(high >> 8)
    return ServiceDate(year: y, month: m, day: d)
  }

  /// Codes separated by `;` (spaces around them are dropped; empty items skipped).
  static func codes(_ text: Substring) -> [String] {
    text.split(separator: ";", omittingEmptySubsequences: true).compactMap { item in
      let trimmed = item.trimmingSpaces
      return trimmed.isEmpty ? nil : String(trimmed)
    }
  }

  /// Checklist states: `ID` or `ID=yes` (documented), `!ID` or `ID=no`, `ID=unknown`; `;`-separated.
  /// Nil when a state word is not understood.
  static func documentation(_ items: [Substring]) -> [String: DocumentationAnswer]? {
    var result: [String: DocumentationAnswer] = [:]
    for raw in items {
      let item = raw.trimmingSpaces
      if item.isEmpty { continue }
      if item.hasPrefix("!") {
        result[String(item.dropFirst()).uppercased()] = .no
      } else if let eq = item.firstIndex(of: "=") {
        guard let answer = DocumentationAnswer(rawValue: item[item.index(after: eq)...].trimmingSpaces.lowercased())
        else { return nil }
        result[String(item[..<eq].trimmingSpaces).uppercased()] = answer
      } else {
        result[String(item).uppercased()] = .yes
      }
    }
    return result
  }

  /// An unrelated pair `A,B:reason`; nil when malformed.
  static func unrelated(_ text: Substring) -> UnrelatedOverride? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let pair = text[..<colon].split(separator: ",").map { String($0.trimmingSpaces) }
    let reason = String(text[text.index(after: colon)...].trimmingSpaces)
    guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty, !reason.isEmpty else { return nil }
    return UnrelatedOverride(pair[0], pair[1], reason: reason)
  }

  /// `true`/`yes`/`1` or `false`/`no`/`0`; `.some(nil)` for an empty field (not documented);
  /// nil when the value is not understood.
  static func flag(_ text: Substring) -> Bool?? {
    switch text.trimmingSpaces.lowercased() {
    case "": return .some(nil)
    case "true", "yes", "1", "y": return .some(true)
    case "false", "no", "0", "n": return .some(false)
    default: return nil
    }
  }
}

extension Substring {
  /// Without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    var s = self
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return s
  }
}
