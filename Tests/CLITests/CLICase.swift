/// One run of `m54` compared with its golden file.
struct CLICase: Sendable, CustomStringConvertible {
  /// The golden file's name (`Golden/NAME.txt`).
  var name: String
  /// The arguments; `{TMP}`, `{FIXTURES}` and `{BATCH}` are expanded by the sandbox.
  var arguments: [String]
  /// A file for standard input (expanded likewise); /dev/null when nil.
  var stdin: String? = nil
  /// Files the run writes in the sandbox (relative paths), whose content joins the golden file.
  var files: [String] = []

  var description: String { name }

  init(_ name: String, _ arguments: [String], stdin: String? = nil, files: [String] = []) {
    self.name = name
    self.arguments = arguments
    self.stdin = stdin
    self.files = files
  }
}
