/// A scenario file that could not be loaded: the file, the line and the problem.
public struct ScenarioProblem: Sendable, Hashable, Error, CustomStringConvertible {
  /// The file's path.
  public var file: String
  /// The 1-based line the problem is on (1 when the file as a whole is wrong).
  public var line: Int
  /// What is wrong.
  public var problem: String

  /// Creates a problem.
  public init(file: String, line: Int, problem: String) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// `Data/scenarios/x.json: line 4: "expected" must be a list of codes`.
  public var description: String { "\(file): line \(line): \(problem)" }
}
