/// The active key bindings: which command a key runs in which scope.
///
/// Built from the default key map text and optionally a user file that
/// overrides it binding by binding (see ``KeyMapParser``).
public struct KeyMap: Sendable {
  /// Bindings in file order (defaults first, then overrides).
  public private(set) var bindings: [KeyBinding] = []
  private var table: [KeyScope: [Key: Command]] = [:]

  /// An empty key map.
  public init() {}

  /// The default key map.
  public static let defaults: KeyMap = KeyMapParser.parse(DefaultKeyMap.source, file: "built-in").keyMap

  /// Binds a key, replacing what it did before in that scope.
  public mutating func bind(_ key: Key, to command: Command, in scope: KeyScope) {
    bindings.removeAll { $0.scope == scope && $0.key == key }
    bindings.append(KeyBinding(scope: scope, key: key, command: command))
    table[scope, default: [:]][key] = command
  }

  /// Removes a binding.
  public mutating func unbind(_ key: Key, in scope: KeyScope) {
    bindings.removeAll { $0.scope == scope && $0.key == key }
    table[scope]?[key] = nil
  }

  /// The command for a key in a scope, falling back to global bindings
  /// (except in the help overlay, which only knows its own keys).
  public func command(for key: Key, in scope: KeyScope) -> Command? {
    if let c = table[scope]?[key] { return c }
    return scope == .help ? nil : table[.global]?[key]
  }

  /// The command bound directly in a scope, without the global fallback.
  public func ownCommand(for key: Key, in scope: KeyScope) -> Command? { table[scope]?[key] }

  /// The keys that run a command in a scope, own bindings first, that are not
  /// shadowed by an own binding of the scope.
  public func keys(for command: Command, in scope: KeyScope) -> [Key] {
    var keys = bindings.filter { $0.scope == scope && $0.command == command }.map(\.key)
    if scope != .help && scope != .global {
      keys += bindings.filter { $0.scope == .global && $0.command == command && table[scope]?[$0.key] == nil }.map(
        \.key)
    }
    return keys
  }

  /// The commands reachable in a scope with their keys, in ``Command`` order:
  /// the scope's own commands first, then global ones.
  public func entries(for scope: KeyScope) -> [(command: Command, keys: [Key])] {
    var out: [(command: Command, keys: [Key])] = []
    let scopes: [KeyScope] = scope == .help || scope == .global ? [scope] : [scope, .global]
    var seen = Set<Command>()
    for s in scopes {
      for command in Command.allCases
      where !seen.contains(command) && bindings.contains(where: { $0.scope == s && $0.command == command }) {
        let keys = self.keys(for: command, in: scope)
        guard !keys.isEmpty else { continue }
        seen.insert(command)
        out.append((command, keys))
      }
    }
    return out
  }
}
