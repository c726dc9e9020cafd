/// One answered quiz question, as kept in the training database.
public struct QuizAnswerRecord: Sendable, Hashable {
  /// The question's number in its quiz.
  public var number: Int
  /// `excludes`, `valid` or `level`.
  public var kind: String
  /// The codes the question named.
  public var codes: [String]
  /// The question line.
  public var question: String
  /// What the learner answered.
  public var response: String
  /// Whether it was right.
  public var correct: Bool
  /// Topics (`excludes1`, `trap`, `header`, ...).
  public var tags: [String]

  /// Creates a record.
  public init(
    number: Int, kind: String, codes: [String], question: String, response: String, correct: Bool, tags: [String]
  ) {
    self.number = number
    self.kind = kind
    self.codes = codes
    self.question = question
    self.response = response
    self.correct = correct
    self.tags = tags
  }
}
