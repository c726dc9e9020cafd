/// One encounter to check: a date of service and the codes in their order (the first is first-listed).
///
/// Codes are kept as typed; the engine normalises them (`m5450`, ` M54.50 `).
public struct Encounter: Sendable, Hashable {
  /// An identifier from a batch file, if any.
  public var id: String?
  /// The date of service; it selects the release.
  public var date: ServiceDate
  /// The codes as typed, first-listed first.
  public var codes: [String]
  /// Excludes1 pairs the user marked unrelated, with reasons.
  public var unrelated: [UnrelatedOverride]
  /// The state of documentation checklist items by item id; absent items are `unknown`.
  public var documentation: [String: DocumentationAnswer]
  /// Whether pain control or management is the focus of the visit (nil: not documented).
  /// Drives the G89 sequencing rule.
  public var painManagementFocus: Bool?
  /// Rule switches.
  public var options: RuleOptions

  /// Creates an encounter.
  public init(
    id: String? = nil, date: ServiceDate, codes: [String], unrelated: [UnrelatedOverride] = [],
    documentation: [String: DocumentationAnswer] = [:], painManagementFocus: Bool? = nil,
    options: RuleOptions = .standard
  ) {
    self.id = id
    self.date = date
    self.codes = codes
    self.unrelated = unrelated
    self.documentation = documentation
    self.painManagementFocus = painManagementFocus
    self.options = options
  }

  /// The answer recorded for a checklist item (`unknown` when absent).
  public func answer(for itemID: String) -> DocumentationAnswer { documentation[itemID] ?? .unknown }
}
