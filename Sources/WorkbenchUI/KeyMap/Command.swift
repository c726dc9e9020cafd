/// A bindable command: the vocabulary of key map files, the help overlay and
/// the status line, all generated from this one table.
public enum Command: String, CaseIterable, Sendable, Hashable {
  case quit = "quit"
  case help = "help"
  case focusNext = "focus.next"
  case focusPrevious = "focus.previous"
  case focusTree = "focus.tree"
  case focusDetail = "focus.detail"
  case focusEncounter = "focus.encounter"
  case focusChecklist = "focus.checklist"
  case search = "search"
  case commandLine = "command"
  case batchNext = "batch.next"
  case batchPrevious = "batch.previous"
  case batchNextError = "batch.next-error"
  case redraw = "redraw"
  case moveUp = "move.up"
  case moveDown = "move.down"
  case pageUp = "page.up"
  case pageDown = "page.down"
  case moveTop = "move.top"
  case moveBottom = "move.bottom"
  case expand = "tree.expand"
  case collapse = "tree.collapse"
  case toggle = "tree.toggle"
  case addToEncounter = "encounter.add"
  case follow = "detail.follow"
  case back = "history.back"
  case removeCode = "encounter.remove"
  case moveCodeDown = "encounter.move-down"
  case moveCodeUp = "encounter.move-up"
  case markUnrelated = "encounter.unrelated"
  case explain = "encounter.explain"
  case editCode = "encounter.edit"
  case cycleItem = "checklist.cycle"
  case markDocumented = "checklist.documented"
  case markNotDocumented = "checklist.not-documented"
  case markUnknown = "checklist.unknown"
  case closeHelp = "help.close"

  /// What the command does, for the help overlay.
  public var summary: String {
    switch self {
    case .quit: "Quit the workbench"
    case .help: "Show the keys of the focused pane"
    case .focusNext: "Focus the next pane"
    case .focusPrevious: "Focus the previous pane"
    case .focusTree: "Focus the code tree"
    case .focusDetail: "Focus the detail pane"
    case .focusEncounter: "Focus the encounter builder"
    case .focusChecklist: "Focus the documentation checklist"
    case .search: "Search codes as you type (Enter jumps, Esc cancels)"
    case .commandLine: "Command line (:open :date :theme :release :quit …)"
    case .batchNext: "Next encounter of the batch"
    case .batchPrevious: "Previous encounter of the batch"
    case .batchNextError: "Next encounter with an error"
    case .redraw: "Redraw the whole screen"
    case .moveUp: "Move up"
    case .moveDown: "Move down"
    case .pageUp: "Page up"
    case .pageDown: "Page down"
    case .moveTop: "Go to the first row"
    case .moveBottom: "Go to the last row"
    case .expand: "Expand, or go to the first child"
    case .collapse: "Collapse, or go to the parent"
    case .toggle: "Expand or collapse"
    case .addToEncounter: "Add the selected code to the encounter"
    case .follow: "Follow the note's code reference"
    case .back: "Go back to where you followed a reference from"
    case .removeCode: "Remove the selected code"
    case .moveCodeDown: "Move the selected code down (sequencing)"
    case .moveCodeUp: "Move the selected code up (sequencing)"
    case .markUnrelated: "Mark the selected Excludes1 pair unrelated (asks a reason)"
    case .explain: "Explain the selected finding / show the selected code"
    case .editCode: "Type a code to add (completion from search)"
    case .cycleItem: "Cycle documented / not documented / unknown"
    case .markDocumented: "Mark the item documented"
    case .markNotDocumented: "Mark the item not documented"
    case .markUnknown: "Mark the item unknown"
    case .closeHelp: "Close the help"
    }
  }

  /// A one- or two-word label for the status line; nil keeps it out of the status line.
  public var hint: String? {
    switch self {
    case .quit: "quit"
    case .help: "help"
    case .focusNext: "pane"
    case .search: "search"
    case .commandLine: "cmd"
    case .expand: "open"
    case .collapse: "close"
    case .addToEncounter: "add"
    case .follow: "follow"
    case .back: "back"
    case .removeCode: "remove"
    case .moveCodeDown, .moveCodeUp: "reorder"
    case .markUnrelated: "unrelated"
    case .explain: "explain"
    case .editCode: "type code"
    case .cycleItem: "cycle"
    case .markDocumented: "yes"
    case .markNotDocumented: "no"
    case .markUnknown: "unknown"
    case .closeHelp: "close"
    case .batchNext: "next enc."
    case .batchNextError: "next error"
    default: nil
    }
  }

  /// The scopes in which the command may be bound.
  public var scopes: Set<KeyScope> {
    switch self {
    case .quit, .help, .focusNext, .focusPrevious, .focusTree, .focusDetail, .focusEncounter,
      .focusChecklist, .search, .commandLine, .batchNext, .batchPrevious, .batchNextError, .redraw:
      [.global]
    case .moveUp, .moveDown, .pageUp, .pageDown, .moveTop, .moveBottom:
      [.global, .tree, .detail, .encounter, .checklist, .help]
    case .expand, .collapse, .toggle: [.tree]
    case .addToEncounter: [.tree, .detail]
    case .follow: [.detail]
    case .back: [.tree, .detail]
    case .removeCode, .moveCodeDown, .moveCodeUp, .markUnrelated, .explain, .editCode: [.encounter]
    case .cycleItem, .markDocumented, .markNotDocumented, .markUnknown: [.checklist]
    case .closeHelp: [.help]
    }
  }
}
