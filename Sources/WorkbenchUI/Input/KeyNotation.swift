/// The tig-like key syntax of key map files (`<Enter>`, `<C-s>`, `<S-Tab>`, `j`),
/// and the short names shown in the help overlay and status line.
public enum KeyNotation {
  private static let named: [(String, Key)] = [
    ("Enter", .enter), ("CR", .enter), ("Return", .enter), ("Tab", .tab), ("S-Tab", .backTab),
    ("BackTab", .backTab), ("Esc", .escape), ("Escape", .escape), ("BS", .backspace),
    ("Backspace", .backspace), ("Del", .delete), ("Delete", .delete), ("Ins", .insert),
    ("Insert", .insert), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
    ("PgUp", .pageUp), ("PageUp", .pageUp), ("PgDn", .pageDown), ("PageDown", .pageDown),
    ("Home", .home), ("End", .end), ("Space", .character(" ")), ("lt", .character("<")),
    ("gt", .character(">")), ("Hash", .character("#")),
  ]

  /// Parses one key in key map syntax; nil when it is not a key.
  public static func parse(_ text: String) -> Key? {
    if text.count == 1, let c = text.first {
      return c.isWhitespace ? nil : .character(c)
    }
    guard text.hasPrefix("<"), text.hasSuffix(">"), text.count > 2 else { return nil }
    let inner = String(text.dropFirst().dropLast())
    if let hit = named.first(where: { $0.0.lowercased() == inner.lowercased() }) { return hit.1 }
    if inner.count == 3, inner.dropLast().lowercased() == "c-", let c = inner.last, c.isLetter {
      return .ctrl(Character(c.lowercased()))
    }
    if inner.count == 3, ["m-", "a-"].contains(inner.dropLast().lowercased()), let c = inner.last {
      return .alt(c)
    }
    if inner.first == "F" || inner.first == "f", let n = Int(inner.dropFirst()), (1...63).contains(n) {
      return .function(n)
    }
    return nil
  }

  /// The key written in key map syntax.
  public static func notation(of key: Key) -> String {
    switch key {
    case .character(" "): "<Space>"
    case .character("<"): "<lt>"
    case .character("#"): "<Hash>"
    case .character(let c): String(c)
    case .ctrl(let c): "<C-\(c)>"
    case .alt(let c): "<M-\(c)>"
    case .function(let n): "<F\(n)>"
    default: named.first { $0.1 == key }.map { "<\($0.0)>" } ?? label(of: key)
    }
  }

  /// A short human label: `↑`, `PgDn`, `Enter`, `C-c`, `j`.
  public static func label(of key: Key) -> String {
    switch key {
    case .character(" "): "Space"
    case .character(let c): String(c)
    case .ctrl(let c): "C-\(c)"
    case .alt(let c): "M-\(c)"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .insert: "Ins"
    case .delete: "Del"
    case .enter: "Enter"
    case .tab: "Tab"
    case .backTab: "S-Tab"
    case .backspace: "BS"
    case .escape: "Esc"
    case .function(let n): "F\(n)"
    }
  }
}
