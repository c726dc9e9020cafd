import CodingCore
import Testing

/// Quiz questions for fixed seeds, answered against the rules engine and the release.
@Suite struct QuizTests {
  let engine = RulesFixture.engine
  let date = RulesFixture.fy2026Date

  @Test func excludesAnswersAreTheEnginesAndBalanced() throws {
    let questions = engine.quiz(kind: .excludes, count: 20, seed: 7, date: date)
    #expect(questions.count == 20)
    let release = try #require(engine.codeSet.release(named: "FY2026-April"))
    for q in questions {
      #expect(q.text.hasPrefix("Q\(q.number): May \(q.codes[0]) and \(q.codes[1]) be reported together"))
      let decision = engine.verdict(q.codes[0], q.codes[1], in: release)?.decision
      #expect(q.answer == (decision == .excludes1 ? "n" : "y"), "\(q.text)")
      #expect(q.codes.allSatisfy { QuizPool.codes.contains($0) })
    }
    #expect(questions.filter { $0.answer == "n" }.count == 10)
    #expect(questions.contains { $0.tags.contains("trap") && $0.answer == "y" })
    // M54.50 with M54.41, when drawn, is explained by the note at M54.5.
    let fixed = questions.map(\.text)
    #expect(engine.quiz(kind: .excludes, count: 20, seed: 7, date: date).map(\.text) == fixed)
    #expect(engine.quiz(kind: .excludes, count: 20, seed: 8, date: date).map(\.text) != fixed)
  }

  @Test func validityAnswersFollowEachRelease() throws {
    let questions = engine.quiz(kind: .valid, count: 16, seed: 3, date: date)
    #expect(questions.count == 16)
    for q in questions {
      let dateText = try #require(q.text.split(separator: " ").last { $0.contains("-") }).dropLast()
      let release = engine.codeSet.select(for: RulesFixture.date(String(dateText))).release
      let billable = release.lookup(q.codes[0]).map { release.isBillable($0) } ?? false
      #expect(q.answer == (billable ? "y" : "n"), "\(q.text)")
    }
    #expect(questions.filter { $0.answer == "n" }.count == 8)
  }

  @Test func levelAnswersAreTheCarriersLevel() throws {
    let questions = engine.quiz(kind: .level, count: 10, seed: 11, date: date)
    #expect(questions.count == 10)
    let release = try #require(engine.codeSet.release(named: "FY2026-April"))
    for q in questions {
      let id = try #require(release.lookup(q.codes[0]))
      let carried = release.applicableNotes(id).filter { $0.carrierCode == q.codes[1] }
      #expect(carried.contains { $0.level.levelName == q.answer && q.text.contains("\"\($0.note.text)\"") })
      #expect(q.isCorrect(q.answer) == true)
      #expect(q.isCorrect(String((QuizQuestion.levelIndex(q.answer) ?? 0) + 1)) == true)
    }
  }

  @Test func mixedIsReproducibleAndAnswersParse() {
    let a = engine.quiz(kind: .mixed, count: 9, seed: 42, date: date)
    #expect(a.map(\.kind).filter { $0 == .excludes }.count == 3)
    #expect(a.map(\.text) == engine.quiz(kind: .mixed, count: 9, seed: 42, date: date).map(\.text))
    let yn = a.first { $0.choices == ["y", "n"] }
    #expect(yn?.choice(for: " YES ") == "y")
    #expect(yn?.choice(for: "no") == "n")
    #expect(yn?.choice(for: "maybe") == nil)
  }
}
