/// A prepared lesson: a clinical vignette, the expected codes and what it teaches
/// (one JSON file in `Data/scenarios/`, documented in its README).
public struct Scenario: Sendable, Hashable, Codable {
  /// The scenario's name (lower case, digits and dashes; the file name without `.json`).
  public var name: String
  /// A title for lists.
  public var title: String
  /// The date of service (YYYY-MM-DD); it selects the release.
  public var date: ServiceDate
  /// The clinical vignette as a clinician would document it.
  public var vignette: String
  /// The expected codes in sequence (the first is first-listed).
  public var expected: [String]
  /// Whether the order of the codes after the first one matters.
  public var sequencing: Bool
  /// Other complete answers also accepted.
  public var alternatives: [[String]]
  /// Excludes1 pairs the scenario marks unrelated.
  public var unrelated: [ScenarioUnrelatedPair]
  /// Topics (`excludes1`, `laterality`, `chronic-pain`, ...).
  public var tags: [String]
  /// The documentation checklist answers the vignette implies, by item id (`yes` or `no`).
  public var checklist: [String: DocumentationAnswer]
  /// Whether pain management is the focus of the visit, when the vignette says so.
  public var painFocus: Bool?
  /// What the scenario teaches, each point with its citation.
  public var teaching: [TeachingPoint]

  enum CodingKeys: String, CodingKey {
    case name, title, date, vignette, expected, sequencing, alternatives, unrelated, tags, checklist, teaching
    case painFocus = "pain_focus"
  }

  /// Creates a scenario.
  public init(
    name: String, title: String, date: ServiceDate, vignette: String, expected: [String], sequencing: Bool = false,
    alternatives: [[String]] = [], unrelated: [ScenarioUnrelatedPair] = [], tags: [String] = [],
    checklist: [String: DocumentationAnswer] = [:], painFocus: Bool? = nil, teaching: [TeachingPoint] = []
  ) {
    self.name = name
    self.title = title
    self.date = date
    self.vignette = vignette
    self.expected = expected
    self.sequencing = sequencing
    self.alternatives = alternatives
    self.unrelated = unrelated
    self.tags = tags
    self.checklist = checklist
    self.painFocus = painFocus
    self.teaching = teaching
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    title = try c.decode(String.self, forKey: .title)
    date = try c.decode(ServiceDate.self, forKey: .date)
    vignette = try c.decode(String.self, forKey: .vignette)
    expected = try c.decode([String].self, forKey: .expected)
    sequencing = try c.decodeIfPresent(Bool.self, forKey: .sequencing) ?? false
    alternatives = try c.decodeIfPresent([[String]].self, forKey: .alternatives) ?? []
    unrelated = try c.decodeIfPresent([ScenarioUnrelatedPair].self, forKey: .unrelated) ?? []
    tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
    checklist = try c.decodeIfPresent([String: DocumentationAnswer].self, forKey: .checklist) ?? [:]
    painFocus = try c.decodeIfPresent(Bool.self, forKey: .painFocus)
    teaching = try c.decodeIfPresent([TeachingPoint].self, forKey: .teaching) ?? []
  }

  /// The scenario's expected answer as an encounter (with its unrelated pairs and checklist answers).
  public func encounter(codes: [String]? = nil) -> Encounter {
    Encounter(
      date: date, codes: codes ?? expected,
      unrelated: unrelated.compactMap {
        $0.codes.count == 2 ? UnrelatedOverride($0.codes[0], $0.codes[1], reason: $0.reason) : nil
      },
      documentation: checklist, painManagementFocus: painFocus)
  }
}
