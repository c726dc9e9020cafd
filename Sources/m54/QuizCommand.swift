import ArgumentParser
import CodingCore
import Foundation
import TrainingStore

/// `m54 quiz`: questions drawn from the official data, answered line by line, results kept in SQLite.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz", abstract: "Take a quiz on Excludes pairs, billable codes and note levels.",
    discussion: """
      Each question line starts with Q<n>: and names its codes; answer y or n (or a level: 1-5 or its name), one
      answer a line, so a quiz can be scripted through standard input. After each answer: correct or incorrect and
      the explanation; at the end Score: K/N. The same --seed gives the same quiz. Results are kept in
      $XDG_DATA_HOME/m54/training.sqlite (mode 0600); --history shows them by kind and tag, weakest first.
      """)

  @Option(help: "Number of questions.")
  var count = 10

  @Option(help: "Seed that reproduces a quiz (default: a random one, printed).")
  var seed: UInt64?

  @Option(help: "Question kind: excludes, valid, level or mixed.")
  var kind: QuizKind = .mixed

  @Option(help: "Date of service for the Excludes and level questions (YYYY-MM-DD). Default: today.")
  var date: ServiceDateArgument?

  @Flag(help: "Show past results by kind and tag, weakest first, and exit.")
  var history = false

  @Flag(help: "Do not keep this quiz's results.")
  var noSave = false

  func validate() throws {
    if count < 1 || count > 200 { throw ValidationError("--count must be between 1 and 200") }
  }

  func run() throws {
    if history { return try showHistory() }
    let serviceDate = date?.date ?? ServiceDate.today()
    let engine = try CheckCommand.loadEngine()
    let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
    let questions = engine.quiz(kind: kind, count: count, seed: seed, date: serviceDate)
    let interactive = isatty(0) == 1
    print("Quiz: \(kind.rawValue), \(questions.count) questions, seed \(seed) (repeat with --seed \(seed))")
    var answers: [QuizAnswerRecord] = []
    var ended = false
    for q in questions {
      print(TrainerSupport.printable(q.text))
      var response = ""
      var correct: Bool?
      while !ended {
        if interactive { print("> ", terminator: "") }
        guard let line = readLine() else {
          ended = true
          break
        }
        response = line
        correct = q.isCorrect(line)
        if correct != nil || !interactive { break }
        print("Answer \(q.choices == ["y", "n"] ? "y or n" : "1-5 or a level name").")
      }
      let right = correct ?? false
      if ended {
        print("incorrect (no answer: end of input); the answer is \(q.answer)")
      } else if correct == nil {
        print("incorrect (not an answer: \"\(TrainerSupport.printable(response))\"); the answer is \(q.answer)")
      } else {
        print(right ? "correct" : "incorrect; the answer is \(q.answer)")
      }
      print("  \(q.explanation)")
      answers.append(
        QuizAnswerRecord(
          number: q.number, kind: q.kind.rawValue, codes: q.codes, question: q.text, response: response,
          correct: right, tags: q.tags))
    }
    let score = answers.filter(\.correct).count
    print("Score: \(score)/\(questions.count)")
    guard !noSave else { return }
    do {
      try TrainingStore().save(
        QuizRunRecord(startedAt: Date(), kind: kind.rawValue, seed: seed, answers: answers))
    } catch {
      Console.error("m54: the results were not kept: \(error)")
    }
  }

  /// Prints past results by kind and by tag, weakest first.
  func showHistory() throws {
    let rows: [HistoryRow]
    do {
      rows = try TrainingStore().history()
    } catch {
      Console.error("m54: cannot read \(TrainingStore.defaultURL().path): \(error)")
      throw ExitCode(2)
    }
    guard !rows.isEmpty else {
      print("No quiz results yet (m54 quiz).")
      return
    }
    print("Past quiz results, weakest first:")
    print("group  name                    right  answered  share")
    for r in rows {
      let name = r.name.padding(toLength: 22, withPad: " ", startingAt: 0)
      let right = String(r.correct).leftPadded(5)
      let answered = String(r.answered).leftPadded(8)
      let share = String(Int((r.ratio * 100).rounded())).leftPadded(5) + "%"
      print("\(r.group.padding(toLength: 5, withPad: " ", startingAt: 0))  \(name)  \(right)  \(answered)  \(share)")
    }
  }
}

extension QuizKind: ExpressibleByArgument {}

extension String {
  /// The string right-aligned in `width` columns.
  func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
