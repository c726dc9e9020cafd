import CodingCore

/// The trainer's questions to the rules engine: pair explanations, conflict matrices, lessons.
/// A checker that can answer them conforms (``RulesEngineChecker`` does); without one, the trainer
/// commands say so.
public protocol TrainerChecker: Sendable {
  /// Explains two codes on a date of service.
  func explain(_ a: String, _ b: String, date: ServiceDate) -> PairExplanation
  /// The conflict matrix of codes on a date; nil when one is not a code of the release.
  func matrix(_ codes: [String], date: ServiceDate) -> ConflictMatrix?
  /// The codes that are not codes of the release in force on a date.
  func unknownCodes(_ codes: [String], date: ServiceDate) -> [String]
  /// Grades a learner's codes against a scenario.
  func grade(_ codes: [String], for scenario: Scenario) -> LessonGrade
  /// The lesson scenarios.
  func scenarios() -> ScenarioLibrary
  /// Quiz questions of a kind, reproducible with a seed.
  func quiz(kind: QuizKind, count: Int, seed: UInt64, date: ServiceDate) -> [QuizQuestion]
  /// Keeps a finished quiz's results (the command line's checker saves them to the training database).
  func record(_ questions: [QuizQuestion], responses: [String], kind: QuizKind, seed: UInt64)
}

extension TrainerChecker {
  public func record(_ questions: [QuizQuestion], responses: [String], kind: QuizKind, seed: UInt64) {}
}
