/// One user action, described once: its name, default keys, `:` names and argument, one-line help,
/// status hint, the scopes where it applies, and its handler.
///
/// Key dispatch, `:` parsing and completion, the help overlay, the status-line hints and
/// `Themes/default.keys` are all generated from these entries (see ``CommandTable``).
public struct CommandSpec: Sendable {
  /// Runs the command on the state; returns the effects the session must carry out.
  public typealias Handler = @Sendable (Reducer, CommandCall, inout AppState) -> [Effect]

  public let command: Command
  /// What the command does, for the help overlay.
  public let summary: String
  /// A one- or two-word label for the status line; nil keeps it out of the status line.
  public let hint: String?
  /// The scopes in which the command may be bound (the first is where its `:` form is listed).
  public let scopes: [KeyScope]
  /// Default keys per scope, in key map notation (`<Enter>`, `j`), in the order the key map file lists them.
  public let keys: [(scope: KeyScope, keys: [String])]
  /// Names on the `:` line (the first is the canonical one); empty when the command has no `:` form.
  public let names: [String]
  /// The argument's syntax for help and usage messages (`FILE`, `CODE…`), if it takes one.
  public let argument: String?
  /// Whether the `:` form needs its argument (a key press then opens the `:` line with the name typed).
  public let argumentRequired: Bool
  public let handler: Handler

  public init(
    _ command: Command, _ summary: String, hint: String? = nil, scopes: [KeyScope],
    keys: [(scope: KeyScope, keys: [String])] = [], names: [String] = [], argument: String? = nil,
    argumentRequired: Bool = false, handler: @escaping Handler
  ) {
    self.command = command
    self.summary = summary
    self.hint = hint
    self.scopes = scopes
    self.keys = keys
    self.names = names
    self.argument = argument
    self.argumentRequired = argumentRequired
    self.handler = handler
  }

  /// The `:` form as help shows it (`:open FILE`), or nil.
  public var usage: String? {
    guard let name = names.first else { return nil }
    return ":" + ([name] + (argument.map { [$0] } ?? [])).joined(separator: " ")
  }
}
