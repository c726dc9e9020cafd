/// The one table of user actions: the global commands, then every registered pane's commands and its
/// generated `focus.<pane>` command.
public enum CommandTable {
  /// Every command, in help and key-map-file order.
  public static let all: [CommandSpec] = {
    // The focus commands follow Tab and Shift-Tab; each pane's own commands come after the global ones.
    let global = GlobalCommands.specs
    let split = (global.firstIndex { $0.command == .focusPrevious } ?? global.count - 1) + 1
    var specs: [CommandSpec] = Array(global[..<split])
    for pane in PaneRegistry.panes { specs.append(focusSpec(pane)) }
    specs.append(contentsOf: global[split...])
    for pane in PaneRegistry.panes { specs.append(contentsOf: pane.commands) }
    return specs
  }()

  private static let byCommand: [Command: CommandSpec] = Dictionary(
    all.map { ($0.command, $0) }, uniquingKeysWith: { first, _ in first })

  private static let byName: [String: CommandSpec] = {
    var out: [String: CommandSpec] = [:]
    for spec in all { for name in spec.names where out[name] == nil { out[name] = spec } }
    return out
  }()

  /// The entry of a command.
  public static func spec(for command: Command) -> CommandSpec? { byCommand[command] }

  /// The entry with a `:` name (case-insensitive).
  public static func spec(named name: String) -> CommandSpec? { byName[name.lowercased()] }

  /// The canonical `:` names that start with a prefix, for completion.
  public static func names(startingWith prefix: String) -> [String] {
    let p = prefix.lowercased()
    return all.compactMap(\.names.first).filter { $0.hasPrefix(p) }
  }

  /// The commands with a `:` form (the `:` line works in every pane).
  public static var commandLineEntries: [CommandSpec] { all.filter { $0.usage != nil } }

  /// The generated `focus.<pane>` entry of a pane.
  private static func focusSpec(_ pane: any Pane.Type) -> CommandSpec {
    let id = pane.id
    return CommandSpec(
      .focus(id), pane.focusSummary, scopes: [.global],
      keys: pane.focusKey.map { [(scope: .global, keys: [$0])] } ?? [], names: ["focus-\(id.rawValue)"]
    ) { r, _, s in
      r.focus(id, &s)
      return []
    }
  }
}
