/// The built-in key map, in the key map file syntax, generated from the ``CommandTable``.
///
/// `Themes/default.keys` ships the same text as documentation and a starting
/// point for users (a test keeps the two identical).
public enum DefaultKeyMap {
  /// The text of the default key map file.
  public static let source: String = {
    let scopes = KeyScope.allCases
    var lines = [
      "# M54 Workbench default key map.",
      "# One binding per line: SCOPE KEY ACTION. Scopes: \(scopes.map(\.rawValue).joined(separator: ", ")).",
      "# A pane's own bindings win over global ones.",
      "# Keys: a character, or <Enter> <Esc> <Tab> <S-Tab> <BS> <Del> <Up> <Down>",
      "# <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <F1>..<F12> <C-x> <M-x>",
      "# <lt> (for <) <Hash> (for #). ACTION \"none\" removes a binding.",
    ]
    let scopeWidth = (scopes.map(\.rawValue.count).max() ?? 9) + 2
    for scope in scopes {
      var block: [String] = []
      for spec in CommandTable.all {
        for group in spec.keys where group.scope == scope {
          for key in group.keys {
            block.append(
              DisplayWidth.pad(scope.rawValue, to: scopeWidth) + DisplayWidth.pad(key, to: 9) + spec.command.rawValue)
          }
        }
      }
      guard !block.isEmpty else { continue }
      lines.append("")
      lines += block
    }
    return lines.joined(separator: "\n") + "\n"
  }()
}
