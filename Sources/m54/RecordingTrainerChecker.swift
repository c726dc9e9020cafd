import CodingCore
import Foundation
import TrainingStore
import WorkbenchAdapters
import WorkbenchUI

/// The workbench's checker for `m54`: the rules engine, with finished quizzes kept in the training
/// database (`$XDG_DATA_HOME/m54/training.sqlite`) like those of `m54 quiz`.
struct RecordingTrainerChecker: EncounterChecker, TrainerChecker {
  /// The rules engine's checker everything else is passed to.
  let base: RulesEngineChecker

  func check(_ draft: Encounter, catalog: any CodeCatalog, releaseNote: String?) -> EncounterReport {
    base.check(draft, catalog: catalog, releaseNote: releaseNote)
  }

  func explain(_ a: String, _ b: String, date: ServiceDate) -> PairExplanation { base.explain(a, b, date: date) }
  func matrix(_ codes: [String], date: ServiceDate) -> ConflictMatrix? { base.matrix(codes, date: date) }
  func unknownCodes(_ codes: [String], date: ServiceDate) -> [String] { base.unknownCodes(codes, date: date) }
  func grade(_ codes: [String], for scenario: Scenario) -> LessonGrade { base.grade(codes, for: scenario) }
  func scenarios() -> ScenarioLibrary { base.scenarios() }

  func quiz(kind: QuizKind, count: Int, seed: UInt64, date: ServiceDate) -> [QuizQuestion] {
    base.quiz(kind: kind, count: count, seed: seed, date: date)
  }

  /// Saves the quiz; a database that cannot be written loses only these results (never the session).
  func record(_ questions: [QuizQuestion], responses: [String], kind: QuizKind, seed: UInt64) {
    let answers = zip(questions, responses).map { q, r in
      QuizAnswerRecord(
        number: q.number, kind: q.kind.rawValue, codes: q.codes, question: q.text, response: r, correct: q.answer == r,
        tags: q.tags)
    }
    try? TrainingStore().save(QuizRunRecord(startedAt: Date(), kind: kind.rawValue, seed: seed, answers: answers))
  }
}
