/// A problem found in a theme, key map or config file, located by file and line.
public struct ConfigDiagnostic: Equatable, Sendable, CustomStringConvertible {
  /// The file name as given (or a label such as "built-in").
  public var file: String
  /// One-based line number.
  public var line: Int
  /// What is wrong, in a sentence fragment.
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}
