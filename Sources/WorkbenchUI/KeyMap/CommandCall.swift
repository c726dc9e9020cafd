/// How a command was invoked: by a key (no argument) or from the `:` line (with its argument text).
public struct CommandCall: Equatable, Sendable {
  /// The argument text after the command name, trimmed; empty when none was given.
  public var argument: String
  /// Whether the command came from the `:` line (or a test), not from a key.
  public var fromCommandLine: Bool

  public init(argument: String = "", fromCommandLine: Bool = false) {
    self.argument = argument
    self.fromCommandLine = fromCommandLine
  }

  /// The argument split into words.
  public var words: [String] { argument.split(separator: " ").map(String.init) }

  /// A key press: no argument.
  public static let key = CommandCall()
}
