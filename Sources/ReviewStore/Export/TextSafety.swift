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

  /// A CSV cell: formulas neutralised (a leading `=`, `+`, `-`, `@`, tab or CR gets a `'`), quoted when
  /// it holds a comma, a quote, a line feed or a carriage return (inner quotes doubled).
  public static func csv(_ text: String) -> String {
    var out: [UInt8] = []
    appendCSV(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends ``csv(_:)`` of a text to bytes, byte by byte (an export writes a million cells).
  public static func appendCSV(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      var quoted = false
      for b in bytes where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D {
        quoted = true
        break
      }
      if quoted { out.append(UInt8(ascii: "\"")) }
      if let first = bytes.first,
        first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
          || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
      {
        out.append(UInt8(ascii: "'"))
      }
      guard quoted else { return out.append(contentsOf: bytes) }
      for b in bytes {
        out.append(b)
        if b == UInt8(ascii: "\"") { out.append(b) }
      }
      out.append(UInt8(ascii: "\""))
    }
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
