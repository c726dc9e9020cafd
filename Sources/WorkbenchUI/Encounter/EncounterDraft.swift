import CodingCore
/// The encounter being built: date of service, ordered codes and the user's decisions.
public struct EncounterDraft: Equatable, Sendable {
  /// The encounter id when it comes from a batch file.
  public var id: String?
  public var date: ServiceDate
  /// Codes as entered, normalised; the first is first-listed.
  public var codes: [String]
  /// Excludes1 pairs marked unrelated.
  public var unrelated: [UnrelatedPair]
  /// Checklist decisions by item id.
  public var documentation: [String: DocumentationState]

  public init(
    id: String? = nil, date: ServiceDate, codes: [String] = [], unrelated: [UnrelatedPair] = [],
    documentation: [String: DocumentationState] = [:]
  ) {
    self.id = id
    self.date = date
    self.codes = codes
    self.unrelated = unrelated
    self.documentation = documentation
  }
}

extension EncounterDraft {
  /// The dotted, upper-case spelling of a typed code (`m5450` → `M54.50`).
  public static func normalize(_ text: String) -> String {
    CodeNormalizer.dotted(CodeNormalizer.key(text))
  }

  /// Whether a character may appear in a typed code.
  public static func isCodeCharacter(_ c: Character) -> Bool {
    c.isASCII && (c.isLetter || c.isNumber || c == ".")
  }
}
