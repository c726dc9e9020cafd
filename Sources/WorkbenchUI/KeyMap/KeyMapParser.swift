/// Reads key map files: `SCOPE KEY ACTION` per line, `#` comments.
///
/// A user file is a partial override of a base map. Every problem (unknown
/// scope, key or action, an action that does not belong in the scope, a key
/// bound twice in the file) is reported with file and line; the line is skipped
/// and the base binding stays.
public enum KeyMapParser {
  /// Parses key map text on top of `base`.
  public static func parse(
    _ text: String, file: String, base: KeyMap = KeyMap()
  ) -> (keyMap: KeyMap, diagnostics: [ConfigDiagnostic]) {
    var map = base
    var diagnostics: [ConfigDiagnostic] = []
    var boundHere: [String: Int] = [:]
    for line in ConfigLine.lines(of: text) {
      func report(_ message: String) {
        diagnostics.append(ConfigDiagnostic(file: file, line: line.number, message: message))
      }
      let words = line.words
      guard words.count == 3 else {
        report("expected 'SCOPE KEY ACTION', found \(words.count) word\(words.count == 1 ? "" : "s")")
        continue
      }
      let scope = KeyScope(rawValue: words[0])
      guard scope.isKnown else {
        report("unknown scope '\(words[0])' (scopes: \(KeyScope.allCases.map(\.rawValue).joined(separator: ", ")))")
        continue
      }
      guard let key = KeyNotation.parse(words[1]) else {
        report("unknown key '\(words[1])'")
        continue
      }
      if words[2] == "none" {
        map.unbind(key, in: scope)
        continue
      }
      let command = Command(rawValue: words[2])
      guard command.spec != nil else {
        report("unknown action '\(words[2])'")
        continue
      }
      guard command.scopes.contains(scope) else {
        report("action '\(command.rawValue)' cannot be bound in scope '\(scope.rawValue)'")
        continue
      }
      let id = "\(scope.rawValue) \(KeyNotation.notation(of: key))"
      if let previous = boundHere[id] {
        report("key \(words[1]) in \(scope.rawValue) already bound on line \(previous); this line wins")
      }
      boundHere[id] = line.number
      map.bind(key, to: command, in: scope)
    }
    return (map, diagnostics)
  }
}
