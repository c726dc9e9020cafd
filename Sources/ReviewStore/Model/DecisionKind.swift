/// What an auditor decided about an encounter.
public enum DecisionKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The codes as submitted are right.
  case accept
  /// A question to the provider (a note is required).
  case query
  /// The auditor's corrected codes replace the submitted ones.
  case correct

  /// The past-tense word shown in lists (accepted, queried, corrected).
  public var pastTense: String {
    switch self {
    case .accept: "accepted"
    case .query: "queried"
    case .correct: "corrected"
    }
  }
}
