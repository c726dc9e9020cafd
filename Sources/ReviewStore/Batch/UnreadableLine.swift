/// A batch line that could not be read for review, with its problem; shown in the overview, never dropped.
public struct UnreadableLine: Sendable, Hashable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// What is wrong (`bad date "2026-13-01"`, `duplicate encounter_id "E1" (first on line 2)`).
  public var problem: String

  /// Creates one.
  public init(line: Int, problem: String) {
    self.line = line
    self.problem = problem
  }

  public var description: String { "line \(line): \(problem)" }
}
