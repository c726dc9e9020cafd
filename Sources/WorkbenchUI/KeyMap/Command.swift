/// A bindable command's name: the vocabulary of key map files (`tree.expand`).
///
/// What a command does, its keys, `:` names, help and hint are one ``CommandSpec`` in the
/// ``CommandTable``; global commands are named here, a pane's commands in the pane's file.
public struct Command: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  /// The command's entry in the table.
  public var spec: CommandSpec? { CommandTable.spec(for: self) }

  /// What the command does, for the help overlay.
  public var summary: String { spec?.summary ?? rawValue }

  /// A one- or two-word label for the status line; nil keeps it out of the status line.
  public var hint: String? { spec?.hint }

  /// The scopes in which the command may be bound.
  public var scopes: [KeyScope] { spec?.scopes ?? [] }

  /// Every command of the table, in table order.
  public static var allCases: [Command] { CommandTable.all.map(\.command) }

  public var description: String { rawValue }

  /// The command that focuses a pane (generated for every registered pane).
  public static func focus(_ pane: PaneID) -> Command { Command(rawValue: "focus.\(pane.rawValue)") }

  public static let quit = Command(rawValue: "quit")
  public static let help = Command(rawValue: "help")
  public static let closeHelp = Command(rawValue: "help.close")
  public static let focusNext = Command(rawValue: "focus.next")
  public static let focusPrevious = Command(rawValue: "focus.previous")
  public static let search = Command(rawValue: "search")
  public static let commandLine = Command(rawValue: "command")
  public static let batchNext = Command(rawValue: "batch.next")
  public static let batchPrevious = Command(rawValue: "batch.previous")
  public static let batchNextError = Command(rawValue: "batch.next-error")
  public static let redraw = Command(rawValue: "redraw")
  public static let moveUp = Command(rawValue: "move.up")
  public static let moveDown = Command(rawValue: "move.down")
  public static let pageUp = Command(rawValue: "page.up")
  public static let pageDown = Command(rawValue: "page.down")
  public static let moveTop = Command(rawValue: "move.top")
  public static let moveBottom = Command(rawValue: "move.bottom")
  public static let openFile = Command(rawValue: "file.open")
  public static let setTheme = Command(rawValue: "theme")
  public static let setDate = Command(rawValue: "date")
  public static let pinRelease = Command(rawValue: "release")
  public static let gotoCode = Command(rawValue: "goto")
  public static let closePane = Command(rawValue: "pane.close")
  public static let zoom = Command(rawValue: "pane.zoom")
  public static let focusTree = Command.focus(.tree)
  public static let focusDetail = Command.focus(.detail)
  public static let focusEncounter = Command.focus(.encounter)
  public static let focusChecklist = Command.focus(.checklist)
}
