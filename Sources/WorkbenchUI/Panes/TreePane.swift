extension PaneID {
  /// The code tree: chapters down to codes.
  public static let tree = PaneID(rawValue: "tree")
}

extension KeyScope {
  /// The bindings of the tree pane.
  public static let tree = PaneID.tree.scope
}

extension Command {
  public static let expand = Command(rawValue: "tree.expand")
  public static let collapse = Command(rawValue: "tree.collapse")
  public static let toggle = Command(rawValue: "tree.toggle")
  public static let addToEncounter = Command(rawValue: "encounter.add")
}

/// The code tree pane: the release's chapters, sections and codes, expandable by keyboard.
public enum TreePane: Pane {
  public static let id = PaneID.tree
  public static let title = "Code tree"
  public static let slot = PaneSlot.topLeft
  public static let focusKey: String? = "1"

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .expand, "Expand, or go to the first child", hint: "open", scopes: [.tree], keys: [(.tree, ["l", "<Right>"])]
    ) { r, _, s in
      r.treeExpand(&s)
      return []
    },
    CommandSpec(
      .collapse, "Collapse, or go to the parent", hint: "close", scopes: [.tree], keys: [(.tree, ["h", "<Left>"])]
    ) { r, _, s in
      r.treeCollapse(&s)
      return []
    },
    CommandSpec(.toggle, "Expand or collapse", scopes: [.tree], keys: [(.tree, ["<Enter>", "<Space>"])]) { r, _, s in
      r.treeToggle(&s)
      return []
    },
    CommandSpec(
      .addToEncounter, "Add the selected code to the encounter", hint: "add",
      scopes: [.tree, .detail], keys: [(.tree, ["a"]), (.detail, ["a"])], names: ["add", "a"], argument: "CODE…"
    ) { r, call, s in
      if call.words.isEmpty { r.addSelectedCode(&s) } else { for code in call.words { r.addCode(code, &s) } }
      return []
    },
  ]

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] { [] }
  public static func scroll(_ state: AppState) -> Int { state.tree.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.tree.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { state.tree.selected }
  public static func itemCount(_ state: AppState, width: Int) -> Int { state.tree.rows.count }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    state.tree.selected = selection
    if let key = state.tree.selectedKey { reducer.showNode(key, &state) }
  }

  public static func didFocus(_ reducer: Reducer, _ state: inout AppState) {
    if let key = state.tree.selectedKey { reducer.showNode(key, &state) }
  }

  public static func selection(atLine line: Int, width: Int, _ state: AppState) -> Int? {
    let i = state.tree.scroll + line
    return state.tree.rows.indices.contains(i) ? i : nil
  }

  public static func fit(height: Int, width: Int, _ state: inout AppState) {
    if state.tree.centerOnSelection {
      state.tree.scroll = max(0, min(state.tree.selected - height / 3, state.tree.rows.count - height))
      state.tree.centerOnSelection = false
    }
    state.tree.scroll = Viewport.fit(
      scroll: state.tree.scroll, first: state.tree.selected, last: state.tree.selected, height: height,
      total: state.tree.rows.count)
  }

  public static func render(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
    TreePaneRenderer.draw(state, in: rect, focused: focused, into: &buffer)
  }
}
