import Foundation

/// One quiz taken: its kind, seed, time and answers.
public struct QuizRunRecord: Sendable, Hashable {
  /// When it started.
  public var startedAt: Date
  /// The kind asked for (`excludes`, `valid`, `level`, `mixed`).
  public var kind: String
  /// The seed that reproduces it.
  public var seed: UInt64
  /// The answers, in order.
  public var answers: [QuizAnswerRecord]

  /// Creates a record.
  public init(startedAt: Date, kind: String, seed: UInt64, answers: [QuizAnswerRecord]) {
    self.startedAt = startedAt
    self.kind = kind
    self.seed = seed
    self.answers = answers
  }

  /// The number of right answers.
  public var score: Int { answers.filter(\.correct).count }
}
