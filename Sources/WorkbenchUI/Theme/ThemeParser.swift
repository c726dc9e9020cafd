/// Reads theme files: `role = FOREGROUND [on BACKGROUND] [ATTRIBUTE...]` per line.
///
/// The file overrides a base theme role by role. Unknown roles, colours or
/// attributes are reported with file and line, and the base style is kept for
/// that role.
public enum ThemeParser {
  /// Parses theme text on top of `base`.
  public static func parse(
    _ text: String, file: String, name: String, base: Theme = .builtInDefault
  ) -> (theme: Theme, diagnostics: [ConfigDiagnostic]) {
    var theme = base
    theme.name = name
    var diagnostics: [ConfigDiagnostic] = []
    for line in ConfigLine.lines(of: text) {
      func report(_ message: String) {
        diagnostics.append(ConfigDiagnostic(file: file, line: line.number, message: message))
      }
      guard let eq = line.content.firstIndex(of: "=") else {
        report("expected 'role = colour [on colour] [attribute...]'")
        continue
      }
      let roleName = line.content[..<eq].trimmingCharacters(in: " \t")
      let value = line.content[line.content.index(after: eq)...].trimmingCharacters(in: " \t")
      guard let role = StyleRole(rawValue: roleName) else {
        report("unknown role '\(roleName)'")
        continue
      }
      switch parseStyle(value) {
      case .success(let style): theme[role] = style
      case .failure(let problem): report("\(roleName): \(problem.message)")
      }
    }
    return (theme, diagnostics)
  }

  /// A problem with one style value.
  public struct Problem: Error, Equatable {
    public var message: String
  }

  /// Parses the right-hand side of a theme line.
  public static func parseStyle(_ value: String) -> Result<TextStyle, Problem> {
    var style = TextStyle()
    var haveForeground = false
    let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    if words.isEmpty { return .failure(Problem(message: "no colour or attribute given")) }
    var i = 0
    while i < words.count {
      let word = words[i]
      if word.lowercased() == "on" {
        guard i + 1 < words.count else { return .failure(Problem(message: "'on' needs a background colour")) }
        guard let bg = ThemeColor(name: words[i + 1]) else {
          return .failure(Problem(message: "unknown colour '\(words[i + 1])'"))
        }
        style.background = bg
        i += 2
        continue
      }
      if let attr = TextAttributes.named(word) {
        style.attributes.insert(attr)
      } else if word.lowercased() == "normal" {
        style.attributes = []
      } else if let colour = ThemeColor(name: word) {
        if haveForeground {
          return .failure(Problem(message: "second foreground colour '\(word)' (use 'on' for the background)"))
        }
        style.foreground = colour
        haveForeground = true
      } else {
        return .failure(Problem(message: "unknown colour or attribute '\(word)'"))
      }
      i += 1
    }
    return .success(style)
  }
}
