import CodingCore

/// The quiz pane: the questions, the answers given so far and the feedback on the last one.
public struct QuizState: Sendable {
  /// The questions of the current quiz (empty: none started).
  public var questions: [QuizQuestion] = []
  /// The choice given for each question answered so far, in order.
  public var responses: [String] = []
  /// The kind asked for and the seed (to repeat it).
  public var kind: QuizKind = .mixed
  public var seed: UInt64 = 0
  /// How many quizzes were started in this session (varies the default seed).
  public var started = 0
  /// Whether the feedback on the last answer is showing (the next key moves on).
  public var showingFeedback = false
  /// First line shown.
  public var scroll = 0

  public init() {}

  /// The question being asked (or whose feedback shows), if any.
  public var current: QuizQuestion? {
    questions[safe: showingFeedback ? responses.count - 1 : responses.count]
  }

  /// Right answers so far.
  public var score: Int {
    zip(questions, responses).filter { $0.answer == $1 }.count
  }

  /// Whether every question is answered.
  public var isFinished: Bool { !questions.isEmpty && responses.count == questions.count }
}
