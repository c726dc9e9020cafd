import CodingCore
import WorkbenchUI

/// The rules engine answers the trainer's questions too.
extension RulesEngineChecker: TrainerChecker {
  public func explain(_ a: String, _ b: String, date: ServiceDate) -> PairExplanation {
    engine.explain(a, b, date: date)
  }

  public func matrix(_ codes: [String], date: ServiceDate) -> ConflictMatrix? { engine.matrix(codes, date: date) }

  public func unknownCodes(_ codes: [String], date: ServiceDate) -> [String] {
    engine.unknownCodes(codes, date: date)
  }

  public func grade(_ codes: [String], for scenario: Scenario) -> LessonGrade { engine.grade(codes, for: scenario) }

  public func quiz(kind: QuizKind, count: Int, seed: UInt64, date: ServiceDate) -> [QuizQuestion] {
    engine.quiz(kind: kind, count: count, seed: seed, date: date)
  }

  public func scenarios() -> ScenarioLibrary {
    ScenarioLibrary.folder().map { ScenarioLibrary.load(folder: $0) } ?? ScenarioLibrary(scenarios: [])
  }
}
