import CodingCore

/// The quiz in the workbench: start, answer by key, move on, keep the results at the end.
extension Reducer {
  /// `:quiz [KIND] [SEED]`.
  func startQuiz(_ words: [String], _ state: inout AppState) {
    guard let trainer else {
      state.message = StatusMessage("The quiz needs the rules engine.", isError: true)
      return
    }
    var kind = QuizKind.mixed
    if let first = words.first {
      guard let k = QuizKind(rawValue: first.lowercased()) else {
        state.message = StatusMessage("usage: :quiz [excludes|valid|level|mixed] [SEED]", isError: true)
        return
      }
      kind = k
    }
    state.quiz.started += 1
    let seed = words.count > 1 ? UInt64(words[1]) : nil
    let chosen = seed ?? UInt64(state.encounter.draft.date.dayNumber) &* 1_000_003 &+ UInt64(state.quiz.started)
    state.quiz.questions = trainer.quiz(kind: kind, count: 10, seed: chosen, date: state.encounter.draft.date)
    state.quiz.responses = []
    state.quiz.kind = kind
    state.quiz.seed = chosen
    state.quiz.showingFeedback = false
    state.quiz.scroll = 0
    focus(.quiz, &state)
  }

  /// Answers the current question with a choice.
  func answerQuiz(_ choice: String, _ state: inout AppState) {
    guard let q = state.quiz.current, !state.quiz.showingFeedback else {
      state.message = StatusMessage(
        state.quiz.showingFeedback ? "Enter: next question." : "No quiz: :quiz starts one.")
      return
    }
    guard q.choices.contains(choice) else {
      state.message = StatusMessage(
        q.choices == ["y", "n"] ? "Answer y or n." : "Answer a level: c, s, a, e or h.", isError: true)
      return
    }
    state.quiz.responses.append(choice)
    state.quiz.showingFeedback = true
    if state.quiz.isFinished, let trainer {
      trainer.record(
        state.quiz.questions, responses: state.quiz.responses, kind: state.quiz.kind, seed: state.quiz.seed)
    }
  }

  /// Moves on after the feedback.
  func nextQuizQuestion(_ state: inout AppState) {
    guard state.quiz.showingFeedback else {
      state.message = StatusMessage(state.quiz.questions.isEmpty ? "No quiz: :quiz starts one." : "Answer first.")
      return
    }
    state.quiz.showingFeedback = false
    state.quiz.scroll = 0
  }
}
