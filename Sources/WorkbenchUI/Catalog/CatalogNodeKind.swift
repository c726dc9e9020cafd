/// The level of a node in the classification.
public enum CatalogNodeKind: String, Sendable, Equatable {
  case chapter, section, category, subcategory, code
}
