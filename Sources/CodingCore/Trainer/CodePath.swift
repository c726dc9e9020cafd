/// A code of a pair explanation with its path from chapter to code and its status in the release.
public struct CodePath: Sendable, Hashable {
  /// The code, normalised (dotted, upper case), or as typed when it is not a code of the release.
  public var code: String
  /// The code's title; nil when it is not a code of the release.
  public var title: String?
  /// Whether it is a billable code of the release.
  public var isBillable: Bool
  /// Chapter first, the code itself last; empty when it is not a code of the release.
  public var steps: [PathStep]

  /// Creates a path.
  public init(code: String, title: String?, isBillable: Bool, steps: [PathStep]) {
    self.code = code
    self.title = title
    self.isBillable = isBillable
    self.steps = steps
  }

  /// Whether the code exists in the release.
  public var exists: Bool { !steps.isEmpty }

  /// `13 Diseases of ... › M50-M54 Other dorsopathies › M54 Dorsalgia › M54.5 Low back pain › M54.50`,
  /// with `*` after each level that carries a note relating the pair.
  public var line: String {
    steps.enumerated().map { i, step in
      let mark = step.carriesNote ? "*" : ""
      return i == steps.count - 1 ? "\(step.code)\(mark)" : "\(step.code)\(mark) \(step.title)"
    }.joined(separator: " › ")
  }
}
