/// Text from input made safe to show a person: control characters made visible, long echoes cut.
///
/// Encounter ids, notes, codes and file names come from files anyone can write; printed raw, an
/// escape sequence in them would drive the reader's terminal, and one huge line would flood it.
public enum SafeText {
  /// How many characters of input an error message repeats before cutting it with an ellipsis.
  public static let echoLimit = 80

  /// The text with every control character shown visibly: `\t`, `\r`, `\n`, `\x1b` and so on
  /// (C0 controls, DEL and the C1 range), everything else unchanged.
  public static func visible(_ text: some StringProtocol) -> String {
    // Printable ASCII, nearly every text, is returned as it is without decoding its scalars.
    let printable = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    if printable ?? text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text) }
    guard text.unicodeScalars.contains(where: isControl) else { return String(text) }
    var out = ""
    for scalar in text.unicodeScalars {
      guard isControl(scalar) else {
        out.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default:
        let hex = String(scalar.value, radix: 16)
        out += scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
      }
    }
    return out
  }

  /// Text of several lines for a terminal: line breaks kept, every other control character visible.
  public static func visibleLines(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" }) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { visible($0) }.joined(separator: "\n")
  }

  /// A CSV field safe to open in a spreadsheet: control characters visible, and a field that a
  /// spreadsheet would run as a formula (beginning with `=`, `+`, `-`, `@`, tab or carriage
  /// return) prefixed with `'`.
  public static func csvField(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    let formula = first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    return formula ? "'" + visible(text) : visible(text)
  }

  /// Input repeated in a message: made visible and cut to ``echoLimit`` characters with `…`.
  public static func echo(_ text: some StringProtocol, limit: Int = echoLimit) -> String {
    var count = 0
    var end = text.startIndex
    while end < text.endIndex, count < limit {
      end = text.index(after: end)
      count += 1
    }
    if end == text.endIndex { return visible(text) }
    return visible(text[text.startIndex..<end]) + "…"
  }

  /// Whether a scalar is a control character (C0, DEL, C1) or a line/paragraph separator.
  @inline(__always) static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
  }
}
