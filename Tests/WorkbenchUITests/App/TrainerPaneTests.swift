import CodingCore
import Testing
import WorkbenchUI

/// The trainer's panes: explain, matrix, lessons, hints and the projector layout.
@Suite struct TrainerPaneTests {
  func session(width: Int = 120, height: Int = 40) -> WorkbenchSession {
    var s = Fixtures.session(width: width, height: height)
    s.send(.commandLine("date 2026-05-01"))
    return s
  }

  @Test func explainShowsVerdictNoteAndBothPaths() {
    var s = session()
    s.send(.commandLine("explain M54.50 M54.41"))
    #expect(s.state.focus == .explain)
    let screen = s.screen
    #expect(screen.contains("Explain M54.50 + M54.41"))
    #expect(screen.contains("✖ Verdict: Excludes1 conflict: M54.50 and M54.41 may not be reported"))
    #expect(screen.contains("[subcategory note] › M54.50"))
    #expect(screen.contains("M54.4 Lumbago"))
    s.press("j j j j j j j j j j j j j j j j")
    #expect(s.screen.contains("\"lumbago with sciatica (M54.4-)\""))
  }

  @Test func explainRefusesWhatIsNotACode() {
    var s = session()
    s.send(.commandLine("explain M54.50 M54.7"))
    #expect(s.state.focus != .explain)
    #expect(s.screen.contains("M54.7 is not a code in FY2026-April"))
  }

  @Test func enterOnAPairFindingOpensTheExplainView() {
    var s = session()
    s.send(.command(.focus(.encounter)))
    s.press("i")
    s.type("M54.50")
    s.press("<Enter>")
    s.type("M54.41")
    s.press("<Enter> <Esc>")
    #expect(s.state.encounter.draft.codes == ["M54.50", "M54.41"])
    s.press("<Down> <Enter>")
    #expect(s.state.focus == .explain)
    #expect(s.state.explain.explanation?.codes == ["M54.50", "M54.41"])
  }

  @Test func matrixOfTheEncounterWithACellCursor() {
    var s = session()
    s.send(.command(.focus(.encounter)))
    s.press("i")
    for code in ["M54.50", "M54.41", "G89.29"] {
      s.type(code)
      s.press("<Enter>")
    }
    s.press("<Esc>")
    s.send(.commandLine("matrix"))
    #expect(s.state.focus == .matrix)
    let screen = s.screen
    #expect(screen.contains("M54.50   =      [E1]     E2"))
    #expect(screen.contains("M54.41   E1      =       E2"))
    s.press("l <Enter>")
    #expect(s.state.focus == .explain)
    #expect(s.state.explain.explanation?.codes == ["M54.50", "G89.29"])
    #expect(s.state.explain.explanation?.relation == .excludes2)
  }

  @Test func aLessonGradedWithHintsOff() {
    var s = session()
    s.send(.commandLine("lesson lumbago-sciatica-right"))
    #expect(s.state.focus == .lesson)
    #expect(s.screen.contains("warehouse worker with low back pain"))
    s.send(.commandLine("hints off"))
    #expect(s.state.lesson.hints == false, "\(s.screen)")
    s.send(.command(.focus(.encounter)))
    s.press("i")
    s.type("M54.50")
    s.press("<Enter>")
    s.type("M54.31")
    s.press("<Enter>")
    #expect(
      s.screen.contains("Findings hidden: hints off"),
      "\(s.state.focus) \(s.state.encounter.cursor) \(s.state.encounter.draft.codes) \(s.state.encounter.entryText)")
    s.send(.commandLine("grade"))
    #expect(s.state.lesson.grade?.missing == ["M54.41"])
    #expect(s.screen.contains("Score: 0/1"))
    #expect(s.screen.contains("Expected answer: M54.41"))
    s.send(.commandLine("clear"))
    s.send(.command(.focus(.encounter)))
    s.press("i")
    s.type("M54.41")
    s.press("<Enter>")
    s.send(.commandLine("grade"))
    #expect(s.state.lesson.grade?.isFullMarks == true)
    #expect(s.screen.contains("Score: 1/1"))
  }

  @Test func presentFillsTheScreenWithItsOwnThemeAndEscLeaves() {
    var s = session(width: 80, height: 24)
    s.send(.commandLine("explain M54.50 M54.41"))
    s.send(.commandLine("present"))
    #expect(s.state.zoomed)
    #expect(s.theme.name == "projector")
    #expect(s.screen.contains("█▀▀ █ █ █▀▀ █   █ █ █▀▄ █▀▀ █▀▀ ▄█     █▀▀ █▀█ █▀█ █▀▀ █   ▀█▀ █▀▀ ▀█▀"))
    s.press("<Esc>")
    #expect(!s.state.zoomed)
    #expect(s.theme.name == "default")
  }
}

/// The quiz in the workbench.
@Suite struct QuizPaneTests {
  @Test func answeredByKeysWithTheEnginesAnswers() throws {
    var s = Fixtures.session()
    s.send(.commandLine("date 2026-05-01"))
    s.send(.commandLine("quiz excludes 7"))
    #expect(s.state.focus == .quiz)
    #expect(s.state.quiz.questions.count == 10)
    let first = try #require(s.state.quiz.current)
    #expect(s.screen.contains("Q1: May \(first.codes[0]) and \(first.codes[1]) be reported together"))
    s.press(first.answer)
    #expect(s.screen.contains("✓ correct"))
    s.press("<Enter>")
    let second = try #require(s.state.quiz.current)
    #expect(second.number == 2)
    s.press(second.answer == "y" ? "n" : "y")
    #expect(s.screen.contains("✖ incorrect"))
    #expect(s.state.quiz.score == 1)
    for _ in 2..<10 {
      s.press("<Enter>")
      s.press(s.state.quiz.current?.answer ?? "y")
    }
    #expect(s.state.quiz.isFinished)
    #expect(s.screen.contains("Score: 9/10"))
  }

  @Test func levelQuestionsTakeLevelKeys() throws {
    var s = Fixtures.session()
    s.send(.commandLine("date 2026-05-01"))
    s.send(.commandLine("quiz level 3"))
    let q = try #require(s.state.quiz.current)
    let key = ["code": "c", "subcategory": "s", "category": "a", "section": "e", "chapter": "h"][q.answer] ?? "?"
    s.press(key)
    #expect(s.screen.contains("✓ correct"))
  }
}
