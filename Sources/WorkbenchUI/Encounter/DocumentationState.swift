/// Whether a checklist item is documented in the record.
public enum DocumentationState: String, Sendable, Equatable, CaseIterable {
  case unknown, documented, notDocumented

  /// The next state when cycling: unknown → documented → not documented → unknown.
  public var next: DocumentationState {
    switch self {
    case .unknown: .documented
    case .documented: .notDocumented
    case .notDocumented: .unknown
    }
  }

  /// A symbol and word, so the state never relies on colour alone.
  public var label: String {
    switch self {
    case .unknown: "[?] unknown"
    case .documented: "[✓] documented"
    case .notDocumented: "[✗] not documented"
    }
  }

  /// The style role of the state.
  public var role: StyleRole {
    switch self {
    case .unknown: .checkUnknown
    case .documented: .checkYes
    case .notDocumented: .checkNo
    }
  }
}
