/// Where a binding applies: everywhere, in one pane, or in the help overlay.
///
/// A pane's scope has the pane's name; ``allCases`` lists `global`, every registered pane and `help`.
public struct KeyScope: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  /// Bindings that apply in every pane (a pane's own bindings win).
  public static let global = KeyScope(rawValue: "global")
  /// Bindings of the help overlay (no global fallback).
  public static let help = KeyScope(rawValue: "help")

  /// Every scope a key map file may name, in help and file order.
  public static var allCases: [KeyScope] { [.global] + PaneRegistry.panes.map { $0.id.scope } + [.help] }

  /// Whether key map files may name this scope.
  public var isKnown: Bool { Self.allCases.contains(self) }

  /// The pane of this scope, if it is a pane's.
  public var pane: PaneID? { self == .global || self == .help ? nil : PaneID(rawValue: rawValue) }

  /// The heading of this scope in the help overlay.
  public var title: String {
    switch self {
    case .global: "Everywhere"
    case .help: "Help"
    default: pane?.pane?.shortTitle ?? rawValue
    }
  }

  public var description: String { rawValue }
}
