import Foundation

/// Escapes text for the places it is written: terminals, CSV cells, HTML and Markdown.
public enum TextSafety {
  /// Control characters replaced by visible escapes (`\n`, `\u{1B}`), for printing to a terminal.
  public static func printable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for s in text.unicodeScalars {
      switch s {
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if isControl(s) {
          out += "\\u{\(String(s.value, radix: 16, uppercase: true))}"
        } else {
          out.unicodeScalars.append(s)
        }
      }
    }
    return out
  }

  static func isControl(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
      || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
  }

  /// A CSV cell: formulas neutralised (a leading `=`, `+`, `-`, `@`, tab or CR gets a `'`), quoted when needed.
  public static func csv(_ text: String) -> String {
    var value = text
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
    if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return value
  }

  /// HTML text and attribute escaping.
  public static func html(_ text: String) -> String {
    var out = ""
    for c in printable(text) {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }

  /// Markdown table cell: printable, with `|`, `\`, backticks and angle brackets escaped.
  public static func markdown(_ text: String) -> String {
    var out = ""
    for c in printable(text) {
      if "|\\`*_<>[]".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }
}
