/// The canonical spelling of a code (`m5450` → `M54.50`), as `CodeNormalizer.dotted(CodeNormalizer.key(_:))`
/// spells it, without Foundation: a batch of 100,000 encounters spells half a million codes.
enum CodeSpelling {
  /// Upper case, without dots, spaces or tabs, with a dot after the third character when longer
  /// than three characters and without `-`.
  static func normalize(_ text: String) -> String {
    if isCanonical(text) { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(9)
    var ascii = true
    var dash = false
    for b in text.utf8 {
      switch b {
      case UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
      case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(b - 32)
      default:
        if b >= 0x80 { ascii = false }
        if b == UInt8(ascii: "-") { dash = true }
        bytes.append(b)
      }
    }
    guard ascii else { return slowNormalize(text) }
    if bytes.count > 3 && !dash { bytes.insert(UInt8(ascii: "."), at: 3) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether a code is already spelled canonically (`M54.50`, `G89`): upper-case letters and digits,
  /// with a dot exactly at the fourth place when longer than three characters. Most batch codes are.
  static func isCanonical(_ text: String) -> Bool {
    let count = text.utf8.count
    guard count >= 1, count <= 16, count != 4 else { return false }
    var i = 0
    for b in text.utf8 {
      if i == 3 {
        if b != UInt8(ascii: ".") { return false }
      } else if !((b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
        || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")))
      {
        return false
      }
      i += 1
    }
    return true
  }

  /// Non-ASCII text: character by character, as the core does.
  private static func slowNormalize(_ text: String) -> String {
    var key = ""
    for ch in text.unicodeScalars {
      switch ch {
      case ".", " ", "\t": continue
      case "a"..."z": key.unicodeScalars.append(Unicode.Scalar(ch.value - 32) ?? ch)
      default: key.unicodeScalars.append(ch)
      }
    }
    guard key.count > 3, !key.contains("-") else { return key }
    let split = key.index(key.startIndex, offsetBy: 3)
    return key[..<split] + "." + key[split...]
  }
}
