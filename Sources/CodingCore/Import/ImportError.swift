/// Why a release file could not be imported or compiled.
public struct ImportError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The file the problem is in.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// What is wrong, in one sentence.
  public var problem: String

  /// Creates an error for a file, an optional line and a problem statement.
  public init(file: String, line: Int? = nil, problem: String) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  public var description: String {
    if let line { return "\(file):\(line): \(problem)" }
    return "\(file): \(problem)"
  }
}
