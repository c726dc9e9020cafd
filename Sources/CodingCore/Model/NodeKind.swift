/// The level of a node in the ICD-10-CM tabular: chapter, section, category, subcategory or code.
public enum NodeKind: UInt8, Sendable, Codable, CaseIterable {
  case chapter = 0
  case section = 1
  case category = 2
  case subcategory = 3
  case code = 4

  /// The level's name as shown to users and written in JSON ("chapter", "section", ...).
  public var levelName: String {
    switch self {
    case .chapter: "chapter"
    case .section: "section"
    case .category: "category"
    case .subcategory: "subcategory"
    case .code: "code"
    }
  }

  /// Whether nodes of this level can be reported on a claim when they are leaves.
  public var isCodeLevel: Bool { self.rawValue >= NodeKind.category.rawValue }
}
