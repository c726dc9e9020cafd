import CodingCore

/// What a user may type as a code, and its canonical spelling.
public enum CodeInput {
  /// The dotted, upper-case spelling of a typed code (`m5450` → `M54.50`).
  public static func normalize(_ text: String) -> String {
    CodeNormalizer.dotted(CodeNormalizer.key(text))
  }

  /// Whether text has the shape of a code (`M99.99`, `m9999`), known or not.
  public static func looksLikeCode(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return !trimmed.contains(" ") && CodeNormalizer.looksLikeCode(CodeNormalizer.key(trimmed))
  }

  /// Whether a character may appear in a typed code.
  public static func isCodeCharacter(_ c: Character) -> Bool {
    c.isASCII && (c.isLetter || c.isNumber || c == ".")
  }
}
