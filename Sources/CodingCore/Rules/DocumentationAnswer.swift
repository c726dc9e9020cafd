/// Whether a documentation checklist item is documented in the record: yes, no, or not yet known.
public enum DocumentationAnswer: String, Sendable, Hashable, Codable, CaseIterable {
  case yes
  case no
  case unknown
}
