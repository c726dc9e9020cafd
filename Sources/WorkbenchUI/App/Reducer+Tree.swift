extension Reducer {
  /// Expands the selected node, or moves to its first child when already open.
  func treeExpand(_ state: inout AppState) {
    guard let row = state.tree.rows[safe: state.tree.selected], row.entry.hasChildren else { return }
    if row.isExpanded {
      move(by: 1, &state)
    } else {
      state.tree.expanded.insert(row.entry.key)
      state.tree.rebuild(catalog: state.catalog)
    }
  }

  /// Collapses the selected node, or moves to its parent when already closed.
  func treeCollapse(_ state: inout AppState) {
    guard let row = state.tree.rows[safe: state.tree.selected] else { return }
    if row.isExpanded {
      state.tree.expanded.remove(row.entry.key)
      state.tree.rebuild(catalog: state.catalog)
    } else if let parent = state.catalog.parent(row.entry.key),
      let i = state.tree.rows.firstIndex(where: { $0.entry.key == parent })
    {
      state.tree.selected = i
      showNode(parent, &state)
    }
  }

  /// Expands or collapses the selected node.
  func treeToggle(_ state: inout AppState) {
    guard let row = state.tree.rows[safe: state.tree.selected], row.entry.hasChildren else { return }
    if row.isExpanded { state.tree.expanded.remove(row.entry.key) } else { state.tree.expanded.insert(row.entry.key) }
    state.tree.rebuild(catalog: state.catalog)
  }

  /// Shows a node everywhere: revealed and selected in the tree, opened in the detail pane.
  func jump(to key: String, _ state: inout AppState, remember: Bool) {
    if remember, case .node(let current)? = state.detail.subject, current != key {
      state.detail.history.append(current)
      if state.detail.history.count > 100 { state.detail.history.removeFirst() }
      state.detail.forward = []
    }
    state.tree.reveal(key, catalog: state.catalog)
    showNode(key, &state)
  }

  /// Follows the selected note's reference (or child, or finding code) in the detail pane.
  func detailFollow(_ state: inout AppState) {
    let model = DetailModel.build(state, width: detailWidth(state))
    guard let target = model.targets[safe: state.detail.selected] ?? nil else {
      state.message = StatusMessage("Nothing to follow here.")
      return
    }
    jump(to: target, &state, remember: true)
  }

  /// Goes back to the node the last reference was followed from.
  func historyBack(_ state: inout AppState) {
    guard let previous = state.detail.history.popLast() else {
      state.message = StatusMessage("No earlier code to go back to.")
      return
    }
    if case .node(let current)? = state.detail.subject { state.detail.forward.append(current) }
    jump(to: previous, &state, remember: false)
  }

  /// Walks forward again through the codes gone back from.
  func historyForward(_ state: inout AppState) {
    guard let next = state.detail.forward.popLast() else {
      state.message = StatusMessage("No later code to go forward to.")
      return
    }
    if case .node(let current)? = state.detail.subject { state.detail.history.append(current) }
    jump(to: next, &state, remember: false)
  }
}

extension Array {
  /// The element at an index, or nil when out of range.
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
