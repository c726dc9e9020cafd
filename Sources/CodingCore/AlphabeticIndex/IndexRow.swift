/// One row of the Alphabetic Index as read from a source file: a main term (level 0) or a subterm.
///
/// A subterm's parent is the nearest earlier row of lower level (the file is in printed order).
struct IndexRow: Sendable, Equatable {
  /// 0 for a main term, 1... for the subterm depth.
  var level: Int
  /// The term as printed ("Pain", "low back").
  var term: String
  /// The "see" cross-reference, levels separated by commas ("Pain, abdominal"), or empty.
  var see: String = ""
  /// The "see also" cross-reference, or empty.
  var seeAlso: String = ""
  /// The nonessential modifiers in parentheses ("(postural)"), or empty.
  var modifier: String = ""
  /// The code as printed (`M54.50`, `M54.4-`), or empty.
  var code: String = ""
  /// The 1-based line of the source file, for error messages.
  var line: Int = 0

  /// The text with runs of spaces made one (the source has a few doubled spaces).
  static func collapsingSpaces(_ text: String) -> String {
    guard text.contains("  ") else { return text }
    return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// Whether text holds a control character (never printed raw to a terminal, so refused on input).
  static func hasControlCharacter(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
  }

  /// Whether `text` has the form of an index code: `M54.50`, `M54.4-`, `I63.-`, `R52`.
  static func isCodeShaped(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 3, bytes.count <= 9 else { return false }
    func letter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) }
    func digit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    guard letter(bytes[0]), digit(bytes[1]), digit(bytes[2]) || letter(bytes[2]) else { return false }
    var rest = bytes[3...]
    if rest.last == 0x2D { rest = rest.dropLast() }
    if rest.isEmpty { return true }
    guard rest.first == 0x2E else { return false }
    let tail = rest.dropFirst()
    guard tail.count <= 4, tail.allSatisfy({ digit($0) || letter($0) }) else { return false }
    return !tail.isEmpty || bytes.last == 0x2D
  }
}
