import CodingCore

/// One documentation checklist item for the encounter's codes.
public struct ChecklistEntry: Equatable, Sendable {
  public var id: String
  /// What must be documented.
  public var text: String
  /// The encounter codes it applies to.
  public var codes: [String]
  /// Required (a finding when missing) or only recommended.
  public var isRequired: Bool
  /// What happens to the coding when it is not documented.
  public var consequence: String
  /// The citation.
  public var authority: String
  public var state: DocumentationAnswer
  /// Where it comes from ("Excludes1 at subcategory M54.1", "source article", "official guideline").
  public var source: String
  /// The code whose notes or children (siblings) the item comes from, opened by Enter; nil when none.
  public var target: String?

  public init(
    id: String, text: String, codes: [String], isRequired: Bool, consequence: String,
    authority: String, state: DocumentationAnswer, source: String = "", target: String? = nil
  ) {
    self.id = id
    self.text = text
    self.codes = codes
    self.isRequired = isRequired
    self.consequence = consequence
    self.authority = authority
    self.state = state
    self.source = source
    self.target = target
  }
}
