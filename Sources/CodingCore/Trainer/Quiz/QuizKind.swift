/// The kinds of quiz questions.
public enum QuizKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// "May A and B be reported together (no Excludes1 conflict)?"
  case excludes
  /// "Is CODE billable on DATE?"
  case valid
  /// "At which level is this note carried?"
  case level
  /// A balanced mix of the three.
  case mixed
}
