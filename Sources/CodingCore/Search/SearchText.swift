import Foundation

/// Splits titles, inclusion terms and queries into comparable words.
public enum SearchText {
  /// Words that carry no meaning for matching ("Lumbago NOS" is about lumbago).
  public static let stopWords: Set<String> = [
    "nos", "of", "the", "and", "in", "to", "or", "with", "a", "an", "by", "for", "on", "at", "as",
  ]

  /// Words that count as matched for ranking by coverage: "Low back pain, unspecified" is as good
  /// an answer to "low back pain" as the header "Low back pain", and it is billable.
  public static let neutralWords: Set<String> = ["unspecified", "nos"]

  /// Lower-case ASCII words of `text` (accents folded), stop words removed.
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
        current.unicodeScalars.append(scalar)
      } else if (0x41...0x5A).contains(value), let lower = Unicode.Scalar(value + 32) {
        current.unicodeScalars.append(lower)
      } else if value > 0x7F {
        let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let ascii = folded.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0)) }
        if ascii.isEmpty {
          flush(&current, into: &words)
        } else {
          current.unicodeScalars.append(contentsOf: ascii)
        }
      } else {
        flush(&current, into: &words)
      }
    }
    flush(&current, into: &words)
    return words
  }

  /// The singular forms a plural query word may stand for ("pains" → "pain", "injuries" → "injury"),
  /// matched as exactly as the word itself.
  public static func singulars(_ word: String) -> [String] {
    guard word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss") else { return [] }
    var forms = [String(word.dropLast())]
    if word.hasSuffix("es") { forms.append(String(word.dropLast(2))) }
    if word.hasSuffix("ies") { forms.append(String(word.dropLast(3)) + "y") }
    return forms
  }

  private static func flush(_ current: inout String, into words: inout [String]) {
    if !current.isEmpty && !stopWords.contains(current) { words.append(current) }
    current = ""
  }
}
