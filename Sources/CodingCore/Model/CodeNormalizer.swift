/// Turns what users type into the canonical spelling of a code.
public enum CodeNormalizer {
  /// The longest key worth looking up: no code, section id or chapter is longer (codes have at
  /// most 7 characters); longer input is "not a code" at once.
  public static let maximumKeyLength = 16

  /// Whether a key is longer than anything the code set holds.
  public static func isTooLong(_ key: some StringProtocol) -> Bool { key.utf8.count > maximumKeyLength }

  /// The lookup key of a code: upper case, without dot or surrounding spaces (`" m54.50 "` → `M5450`).
  public static func key(_ text: some StringProtocol) -> String {
    var out = ""
    out.reserveCapacity(8)
    for ch in text.unicodeScalars {
      switch ch {
      case ".", " ", "\t": continue
      case "a"..."z": out.unicodeScalars.append(Unicode.Scalar(ch.value - 32) ?? ch)
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  /// The dotted spelling of a code key (`M5450` → `M54.50`; `M54` → `M54`).
  public static func dotted(_ key: some StringProtocol) -> String {
    let key = String(key)
    guard key.count > 3, !key.contains("-") else { return key }
    let split = key.index(key.startIndex, offsetBy: 3)
    return key[..<split] + "." + key[split...]
  }

  /// Whether text has the shape of an ICD-10-CM code key or dotted code (letter, digit, then 1-5 more).
  public static func looksLikeCode(_ text: some StringProtocol) -> Bool {
    let chars = Array(key(text).unicodeScalars)
    guard chars.count >= 3, chars.count <= 7 else { return false }
    let letter = { (c: Unicode.Scalar) in ("A"..."Z").contains(c) }
    let digit = { (c: Unicode.Scalar) in ("0"..."9").contains(c) }
    // A letter, then a digit (M54) or, since FY2026, a letter and a digit (QA0).
    guard letter(chars[0]), digit(chars[1]) || (letter(chars[1]) && digit(chars[2])) else { return false }
    return chars.dropFirst(2).allSatisfy { letter($0) || digit($0) }
  }
}
