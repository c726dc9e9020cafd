/// How many colours the terminal offers (after `NO_COLOR` is taken into account).
public enum ColorDepth: Int, Sendable, Comparable, CustomStringConvertible {
  /// No colour at all: attributes only.
  case none = 0
  /// The eight basic colours.
  case basic8 = 8
  /// The xterm 256-colour palette.
  case palette256 = 256

  /// The depth for a terminal reporting `colors` colours.
  public static func forTerminal(colors: Int, hasColors: Bool, noColor: Bool) -> ColorDepth {
    if noColor || !hasColors || colors < 8 { return .none }
    return colors >= 256 ? .palette256 : .basic8
  }

  public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

  public var description: String {
    switch self {
    case .none: "no colour"
    case .basic8: "8 colours"
    case .palette256: "256 colours"
    }
  }
}
