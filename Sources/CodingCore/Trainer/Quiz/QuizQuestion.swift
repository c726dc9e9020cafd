import Foundation

/// One quiz question with its answer and explanation, drawn from the official data.
public struct QuizQuestion: Sendable, Hashable {
  /// The question's number (1-based).
  public var number: Int
  /// `excludes`, `valid` or `level`.
  public var kind: QuizKind
  /// The codes it names.
  public var codes: [String]
  /// The question line, starting with `Q<n>:`.
  public var text: String
  /// The accepted answers, in the order shown (`y`, `n`, or the level names).
  public var choices: [String]
  /// The right answer (one of `choices`).
  public var answer: String
  /// Why: the note, its level, its text (or the code's status).
  public var explanation: String
  /// Topics for the history (`excludes1`, `trap`, `header`, `level-section`, ...).
  public var tags: [String]

  /// Creates a question.
  public init(
    number: Int, kind: QuizKind, codes: [String], text: String, choices: [String], answer: String,
    explanation: String, tags: [String]
  ) {
    self.number = number
    self.kind = kind
    self.codes = codes
    self.text = text
    self.choices = choices
    self.answer = answer
    self.explanation = explanation
    self.tags = tags
  }

  /// The choice a response means (`y`, `yes`, `N`, `2`, `Subcategory`), or nil when it is none.
  public func choice(for response: String) -> String? {
    let r = response.trimmingCharacters(in: .whitespaces).lowercased()
    guard !r.isEmpty else { return nil }
    if choices == ["y", "n"] {
      if ["y", "yes"].contains(r) { return "y" }
      if ["n", "no"].contains(r) { return "n" }
      return nil
    }
    if let n = Int(r), n >= 1, n <= choices.count { return choices[n - 1] }
    return choices.first { $0 == r } ?? choices.first { $0.hasPrefix(r) && r.count >= 2 }
  }

  /// The position of a level name among the level choices (0 = code ... 4 = chapter).
  public static func levelIndex(_ name: String) -> Int? {
    ["code", "subcategory", "category", "section", "chapter"].firstIndex(of: name)
  }

  /// Whether a response is right; nil when it is not one of the choices.
  public func isCorrect(_ response: String) -> Bool? { choice(for: response).map { $0 == answer } }
}
