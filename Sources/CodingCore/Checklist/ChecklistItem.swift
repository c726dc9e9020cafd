/// One documentation checklist item: what must be documented for which codes, and what follows if not.
public struct ChecklistItem: Sendable, Hashable, Codable, Identifiable {
  /// A stable id (`M5451-IMAGING`).
  public var id: String
  /// What must be documented.
  public var text: String
  /// The codes (dotted) the item applies to.
  public var appliesTo: [String]
  /// Required (a finding when not documented) or recommended.
  public var level: ChecklistLevel
  /// Where the item comes from; `source-article` items can be switched off.
  public var authority: Authority
  /// The draft's finer authority (`seed`, `tabular`, `seed+tabular`).
  public var basis: String
  /// What happens when it is not documented.
  public var consequence: ChecklistConsequence
  /// The citations (source-article lines, tabular lines).
  public var citations: [ChecklistCitation]
  /// The tabular check verdict (`CONFIRMED`, `CONTRADICTED`, `NOT IN TABULAR`, `PARTLY`).
  public var tabularVerdict: String
  /// A remark, if any.
  public var note: String?
  /// Where an item derived from the official tabular comes from (nil for the hand-written items).
  public var origin: ChecklistOrigin?

  /// Creates an item.
  public init(
    id: String, text: String, appliesTo: [String], level: ChecklistLevel, authority: Authority, basis: String,
    consequence: ChecklistConsequence, citations: [ChecklistCitation], tabularVerdict: String, note: String? = nil,
    origin: ChecklistOrigin? = nil
  ) {
    self.id = id
    self.text = text
    self.appliesTo = appliesTo
    self.level = level
    self.authority = authority
    self.basis = basis
    self.consequence = consequence
    self.citations = citations
    self.tabularVerdict = tabularVerdict
    self.note = note
    self.origin = origin
  }

  enum CodingKeys: String, CodingKey {
    case id, text, level, authority, basis, consequence, citations, note, origin
    case appliesTo = "applies_to"
    case tabularVerdict = "tabular_verdict"
  }

  /// Whether the item is required.
  public var isRequired: Bool { level == .required }
}
