/// Whether a checklist item must be documented to keep the code, or is only recommended.
public enum ChecklistLevel: String, Sendable, Hashable, Codable {
  case required
  case recommended
}
