import CodingCore

extension PaneID {
  /// The quiz, one question at a time.
  public static let quiz = PaneID(rawValue: "quiz")
}

extension KeyScope {
  /// The bindings of the quiz pane.
  public static let quiz = PaneID.quiz.scope
}

extension Command {
  public static let startQuiz = Command(rawValue: "quiz.start")
  public static let quizYes = Command(rawValue: "quiz.yes")
  public static let quizNo = Command(rawValue: "quiz.no")
  public static let quizNext = Command(rawValue: "quiz.next")
}

/// The quiz pane: a question from the official data, the answer by key (y/n, or the level 1-5), then
/// correct or incorrect with the explanation, and the score at the end.
public enum QuizPane: Pane {
  public static let id = PaneID.quiz
  public static let title = "Quiz"
  public static let slot = PaneSlot.topRight

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .startQuiz, "Start a quiz of 10 questions (excludes, valid, level or mixed; a seed repeats one)",
      scopes: [.global], names: ["quiz"], argument: "KIND [SEED]"
    ) { r, call, s in
      r.startQuiz(call.words, &s)
      return []
    },
    CommandSpec(.quizYes, "Answer yes", hint: "yes", scopes: [.quiz], keys: [(.quiz, ["y"])]) { r, _, s in
      r.answerQuiz("y", &s)
      return []
    },
    CommandSpec(.quizNo, "Answer no", hint: "no", scopes: [.quiz], keys: [(.quiz, ["n"])]) { r, _, s in
      r.answerQuiz("n", &s)
      return []
    },
    level("c", "code"), level("s", "subcategory"), level("a", "category"), level("e", "section"),
    level("h", "chapter"),
    CommandSpec(
      .quizNext, "Next question (after the explanation)", hint: "next", scopes: [.quiz],
      keys: [(.quiz, ["<Enter>", "<Space>"])]
    ) { r, _, s in
      r.nextQuizQuestion(&s)
      return []
    },
  ]

  /// The command answering a level question with one level.
  private static func level(_ key: String, _ name: String) -> CommandSpec {
    CommandSpec(
      Command(rawValue: "quiz.level-\(name)"), "Answer the level \(name)", scopes: [.quiz], keys: [(.quiz, [key])]
    ) { r, _, s in
      r.answerQuiz(name, &s)
      return []
    }
  }

  public static func title(_ state: AppState) -> String {
    state.quiz.questions.isEmpty
      ? title
      : "Quiz \(state.quiz.kind.rawValue) · seed \(state.quiz.seed) · \(state.quiz.score)/\(state.quiz.questions.count)"
  }

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    var out: [PaneLine] = []
    func add(_ segments: [Segment], indent: Int = 2) { out += PaneLine.wrap(segments, width: width, indent: indent) }
    let quiz = state.quiz
    guard let q = quiz.current else {
      if quiz.isFinished {
        add([Segment("Score: \(quiz.score)/\(quiz.questions.count)", .heading)])
        add([Segment("Repeat it with :quiz \(quiz.kind.rawValue) \(quiz.seed); a new one with :quiz.", .muted)])
      } else {
        add([Segment("No quiz: :quiz [excludes|valid|level|mixed] [SEED] starts one.", .muted)])
      }
      return out
    }
    add([Segment(q.text, .heading)])
    if q.choices != ["y", "n"] {
      add([Segment("Keys: c code · s subcategory · a category · e section · h chapter", .muted)])
    } else {
      add([Segment("Keys: y yes · n no", .muted)])
    }
    if quiz.showingFeedback, let given = quiz.responses.last {
      out.append(PaneLine([]))
      add(
        given == q.answer
          ? [Segment("✓ correct", .findingOk)]
          : [Segment("✖ incorrect", .findingError), Segment("; the answer is \(q.answer)")])
      add([Segment(q.explanation)])
      out.append(PaneLine([]))
      add([
        Segment(
          quiz.isFinished
            ? "Score: \(quiz.score)/\(quiz.questions.count) · Enter closes" : "Enter: next question", .muted)
      ])
    }
    return out
  }

  public static func scroll(_ state: AppState) -> Int { state.quiz.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.quiz.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { nil }
  public static func itemCount(_ state: AppState, width: Int) -> Int { 0 }
  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {}
}
