/// One pane of the workbench, described by one type in one file: its identity, its place, its
/// commands, its lines and selection, how it moves, and how it draws.
///
/// A pane's state slice is a stored property of ``AppState``; its commands (with their default keys,
/// `:` names, help and handlers) join the ``CommandTable``; ``PaneRegistry`` lists it. The default
/// implementations draw ``lines(_:width:)`` with the pane's scroll and selection, so a list pane only
/// says what its lines are and where its selection lives.
public protocol Pane {
  /// The pane's identity (and key map scope).
  static var id: PaneID { get }
  /// The title in the pane's border.
  static var title: String { get }
  /// A short title for help headings; defaults to ``title``.
  static var shortTitle: String { get }
  /// Where the pane shows.
  static var slot: PaneSlot { get }
  /// The global key of the generated `focus.<pane>` command, if any (`1`…`4`).
  static var focusKey: String? { get }
  /// The help text of the generated `focus.<pane>` command.
  static var focusSummary: String { get }
  /// The pane's own commands.
  static var commands: [CommandSpec] { get }

  /// The title in the border for this state (defaults to ``title``).
  static func title(_ state: AppState) -> String
  /// The content lines at a width (each selectable line carries its selection number).
  static func lines(_ state: AppState, width: Int) -> [PaneLine]
  /// The first content line on screen.
  static func scroll(_ state: AppState) -> Int
  /// Sets the first content line on screen.
  static func setScroll(_ scroll: Int, _ state: inout AppState)
  /// The selected item's number, if any.
  static func selection(_ state: AppState) -> Int?
  /// Selects an item by number (a click, or a move).
  static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState)
  /// How many selectable items there are at a width.
  static func itemCount(_ state: AppState, width: Int) -> Int
  /// Called when the pane gains the focus.
  static func didFocus(_ reducer: Reducer, _ state: inout AppState)
  /// Whether a key is taken by the pane before the key map (text entry); default none.
  static func handleKey(_ key: Key, _ reducer: Reducer, _ state: inout AppState) -> Bool
  /// The selection on a content line on screen (0 = first visible line).
  static func selection(atLine line: Int, width: Int, _ state: AppState) -> Int?
  /// Keeps the selection inside the viewport after every action.
  static func fit(height: Int, width: Int, _ state: inout AppState)
  /// Draws the content (inside the border).
  static func render(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer)
}

extension Pane {
  public static var shortTitle: String { title }
  public static var focusKey: String? { nil }
  public static var focusSummary: String { "Focus the \(title.lowercased())" }
  public static var commands: [CommandSpec] { [] }
  public static func title(_ state: AppState) -> String { title }
  public static func didFocus(_ reducer: Reducer, _ state: inout AppState) {}
  public static func handleKey(_ key: Key, _ reducer: Reducer, _ state: inout AppState) -> Bool { false }

  public static func itemCount(_ state: AppState, width: Int) -> Int {
    (lines(state, width: width).compactMap(\.selection).max() ?? -1) + 1
  }

  public static func selection(atLine line: Int, width: Int, _ state: AppState) -> Int? {
    lines(state, width: width)[safe: scroll(state) + line]?.selection
  }

  public static func fit(height: Int, width: Int, _ state: inout AppState) {
    let all = lines(state, width: width)
    setScroll(PaneViewport.fit(scroll(state), all, selection: selection(state), height: height), &state)
  }

  public static func render(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
    PaneFrame.drawLines(
      lines(state, width: rect.width), scroll: scroll(state), selected: selection(state), focused: focused, in: rect,
      into: &buffer)
  }

  /// Moves the selection by a number of items (clamped).
  public static func move(by delta: Int, width: Int, _ reducer: Reducer, _ state: inout AppState) {
    let count = itemCount(state, width: width)
    guard count > 0 else { return }
    select(PaneViewport.clamp(selection(state) ?? 0, delta, count: count), reducer, &state)
  }
}
