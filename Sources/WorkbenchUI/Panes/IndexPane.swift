import CodingCore

extension PaneID {
  /// The Alphabetic Index: look a term up, browse main terms and subterms as a tree, follow "see".
  public static let index = PaneID(rawValue: "index")
}

extension KeyScope {
  /// The bindings of the index pane.
  public static let index = PaneID.index.scope
}

extension Command {
  public static let openIndex = Command(rawValue: "index.open")
  public static let indexType = Command(rawValue: "index.type")
  public static let indexOpenCode = Command(rawValue: "index.enter")
  public static let indexExpand = Command(rawValue: "index.expand")
  public static let indexCollapse = Command(rawValue: "index.collapse")
  public static let indexToggle = Command(rawValue: "index.toggle")
  public static let indexFollow = Command(rawValue: "index.follow")
  public static let indexAdd = Command(rawValue: "index.add")
  public static let indexBack = Command(rawValue: "index.back")
}

/// The Alphabetic Index pane, in the tree's place: a term typed at the top, the matching main terms
/// and subterms below as a foldable tree indented as the printed index is, each code checked against
/// the release in use.
public enum IndexPane: Pane {
  public static let id = PaneID.index
  public static let title = "Alphabetic Index"
  public static let shortTitle = "Index"
  public static let slot = PaneSlot.topLeft

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .openIndex, "Look a term up in the Alphabetic Index", hint: "index", scopes: [.global],
      keys: [(.global, ["I"])], names: ["index"], argument: "TERM"
    ) { r, call, s in
      r.focus(.index, &s)
      if !call.argument.isEmpty {
        s.index.query = call.argument
        s.index.trail = []
        lookUp(&s)
        s.index.typing = false
      } else {
        s.index.typing = true
      }
      return []
    },
    CommandSpec(
      .indexType, "Type the term to look up", hint: "type term", scopes: [.index], keys: [(.index, ["i", "/"])]
    ) { _, _, s in
      s.index.typing = true
      return []
    },
    CommandSpec(
      .indexOpenCode, "Open the code in the tree and detail, follow a \"see\", or fold the term",
      hint: "open", scopes: [.index], keys: [(.index, ["<Enter>"])]
    ) { r, _, s in
      enter(r, &s)
      return []
    },
    CommandSpec(
      .indexExpand, "Unfold the term (every subterm), or go to its first subterm", hint: "unfold",
      scopes: [.index], keys: [(.index, ["l", "<Right>"])]
    ) { _, _, s in
      expand(&s)
      return []
    },
    CommandSpec(
      .indexCollapse, "Fold the term, or go to its parent term", hint: "fold", scopes: [.index],
      keys: [(.index, ["h", "<Left>"])]
    ) { _, _, s in
      collapse(&s)
      return []
    },
    CommandSpec(.indexToggle, "Fold or unfold the term", scopes: [.index], keys: [(.index, ["<Space>"])]) {
      _, _, s in
      toggle(&s)
      return []
    },
    CommandSpec(
      .indexFollow, "Follow the entry's \"see\" or \"see also\"", hint: "follow see", scopes: [.index],
      keys: [(.index, ["f"])]
    ) { _, _, s in
      follow(&s)
      return []
    },
    CommandSpec(
      .indexAdd, "Add the entry's code to the encounter", hint: "add", scopes: [.index], keys: [(.index, ["a"])]
    ) { r, _, s in
      add(r, &s)
      return []
    },
    CommandSpec(
      .indexBack, "Go back to where you were before following \"see\"", hint: "back", scopes: [.index],
      keys: [(.index, ["<BS>"])]
    ) { _, _, s in
      back(&s)
      return []
    },
  ]

  /// The index and release behind the catalog in use, when the catalog has an index.
  static func source(_ state: AppState) -> (index: AlphabeticIndex, release: Release)? {
    state.catalog.alphabeticIndex
  }

  /// The index, after looking the term up again when the rows came from another index.
  static func current(_ state: inout AppState) -> (index: AlphabeticIndex, release: Release)? {
    guard let source = source(state) else { return nil }
    if state.index.indexIdentity != IndexTree.identity(source.index) { lookUp(&state) }
    return source
  }

  /// Looks the query up and shows each match under its parent terms.
  static func lookUp(_ state: inout AppState) {
    guard let (index, _) = source(state) else {
      state.index.rows = []
      return
    }
    IndexTree.lookUp(state.index.query, in: index, &state.index)
  }

  private static func selectedEntry(_ state: AppState) -> IndexEntry? {
    guard let (index, _) = source(state), let row = state.index.rows[safe: state.index.selected],
      row.entry < index.count
    else { return nil }
    return index.entry(row.entry)
  }

  /// The selected entry's code as the release knows it (`M54.4-` → M54.4), if it has one.
  static func selectedCode(_ state: AppState) -> String? {
    guard let entry = selectedEntry(state), !entry.code.isEmpty else { return nil }
    var code = entry.code
    while code.hasSuffix("-") || code.hasSuffix(".") { code.removeLast() }
    return code
  }

  /// Enter: the code opens in the tree and detail; without a code a "see" is followed, a term with
  /// subterms folds or unfolds, and a "see also" is followed.
  private static func enter(_ reducer: Reducer, _ state: inout AppState) {
    guard current(&state) != nil, let entry = selectedEntry(state) else { return }
    if let code = selectedCode(state) {
      guard let key = state.catalog.resolve(code) else {
        state.message = StatusMessage(state.catalog.unknownCodeMessage(code), isError: true)
        return
      }
      reducer.jump(to: key, &state, remember: true)
      state.shown[TreePane.slot] = .tree
      state.focus = .tree
    } else if !entry.see.isEmpty {
      follow(&state)
    } else if state.index.rows[safe: state.index.selected]?.hasSubterms == true || entry.seeAlso.isEmpty {
      toggle(&state)
    } else {
      follow(&state)
    }
  }

  private static func add(_ reducer: Reducer, _ state: inout AppState) {
    _ = current(&state)
    guard let entry = selectedEntry(state), let code = selectedCode(state), let (_, release) = source(state) else {
      state.message = StatusMessage(
        "This entry has no code: follow its \"see\" (f) or choose a subterm.", isError: true)
      return
    }
    let check = release.checkIndexCode(entry.code)
    switch check.status {
    case .valid:
      reducer.addCode(code, &state)
    case .needsMoreCharacters:
      let codes = check.offered.map { release.code($0) }
      let more = check.offeredTotal > codes.count ? " (\(check.offeredTotal) in all)" : ""
      let list = codes.count > 1 ? codes.dropLast().joined(separator: ", ") + " or " + (codes.last ?? "") : codes.first
      state.message = StatusMessage(
        "\(entry.code) needs more characters" + (list.map { ": \($0)\(more)" } ?? "")
          + "; Enter opens \(code) in the tree.", isError: true)
    case .notInRelease:
      state.message = StatusMessage(
        "\(entry.code) is not in \(release.info.id): look the term up in the tabular for its code there.",
        isError: true)
    }
  }

  private static func expand(_ state: inout AppState) {
    guard let (index, _) = current(&state), let row = state.index.rows[safe: state.index.selected], row.hasSubterms
    else { return }
    if row.isOpen && row.hiddenSubterms == 0 {
      state.index.selected = min(state.index.selected + 1, state.index.rows.count - 1)
    } else {
      IndexTree.open(row.entry, in: index, &state.index)
    }
  }

  private static func collapse(_ state: inout AppState) {
    guard let (index, _) = current(&state), let row = state.index.rows[safe: state.index.selected] else { return }
    if row.isOpen {
      IndexTree.close(row.entry, in: index, &state.index)
    } else if let parent = IndexTree.parentRow(state.index) {
      state.index.selected = parent
    }
  }

  private static func toggle(_ state: inout AppState) {
    guard let (index, _) = current(&state), let row = state.index.rows[safe: state.index.selected] else { return }
    guard row.hasSubterms else {
      state.message = StatusMessage("\(index.term(row.entry)) has no subterms.")
      return
    }
    // A parent showing only the subterms that lead to a match unfolds all of them first.
    if row.isOpen && row.hiddenSubterms == 0 {
      IndexTree.close(row.entry, in: index, &state.index)
    } else {
      IndexTree.open(row.entry, in: index, &state.index)
    }
  }

  private static func follow(_ state: inout AppState) {
    guard let (index, _) = current(&state), let entry = selectedEntry(state) else { return }
    guard let target = entry.seeTarget ?? entry.seeAlsoTarget else {
      let text = entry.see.isEmpty ? entry.seeAlso : entry.see
      state.message = StatusMessage(
        text.isEmpty ? "No \"see\" here." : "\"see \(text)\" names no index entry: look the condition up.",
        isError: true)
      return
    }
    state.index.trail.append(IndexTree.place(state.index))
    IndexTree.show(target, in: index, &state.index)
    state.index.typing = false
    let kind = entry.seeTarget == nil ? "see also" : "see"
    state.message = StatusMessage("Followed \"\(kind) \(index.pathText(target))\"; Backspace goes back.")
  }

  private static func back(_ state: inout AppState) {
    guard let (index, _) = current(&state), let place = state.index.trail.popLast() else {
      state.message = StatusMessage("Nothing to go back to: no \"see\" was followed.")
      return
    }
    IndexTree.restore(place, in: index, &state.index)
  }

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    guard let (index, release) = source(state), !state.index.rows.isEmpty else {
      return [
        IndexPaneRenderer.termLine(state), IndexPaneRenderer.emptyLine(state, hasIndex: source(state) != nil),
      ]
    }
    let inEncounter = Set(state.encounter.draft.codes)
    return [IndexPaneRenderer.termLine(state)]
      + state.index.rows.enumerated().filter { $0.element.entry < index.count }.map { n, row in
        IndexPaneRenderer.line(
          row, number: n, index: index, release: release, inEncounter: inEncounter, width: width)
      }
  }

  public static func scroll(_ state: AppState) -> Int { state.index.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.index.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { state.index.rows.isEmpty ? nil : state.index.selected }
  public static func itemCount(_ state: AppState, width: Int) -> Int { state.index.rows.count }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    state.index.selected = max(0, min(selection, state.index.rows.count - 1))
  }

  public static func selection(atLine line: Int, width: Int, _ state: AppState) -> Int? {
    let n = state.index.scroll + line - 1
    return line > 0 && state.index.rows.indices.contains(n) ? n : nil
  }

  /// Keeps the selected row on screen below the term line (one line per row).
  public static func fit(height: Int, width: Int, _ state: inout AppState) {
    state.index.scroll = Viewport.fit(
      scroll: state.index.scroll, first: state.index.selected, last: state.index.selected, height: max(1, height - 1),
      total: state.index.rows.count)
  }

  public static func render(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
    IndexPaneRenderer.draw(state, in: rect, focused: focused, into: &buffer)
  }

  public static func handleKey(_ key: Key, _ reducer: Reducer, _ state: inout AppState) -> Bool {
    guard state.index.typing else { return false }
    switch key {
    case .character(let c):
      state.index.query.append(c)
    case .backspace:
      guard !state.index.query.isEmpty else { return true }
      state.index.query.removeLast()
    case .ctrl("u"):
      state.index.query = ""
    case .ctrl("w"):
      state.index.query = TextEditing.deletingLastWord(state.index.query)
    case .enter:
      // Enter looks up even a short term (typing looks up from three letters on).
      state.index.typing = false
      if state.index.query.count < 3 { lookUp(&state) }
      return true
    case .escape, .down, .tab:
      state.index.typing = false
      return true
    default:
      return false
    }
    state.index.trail = []
    let lastWord = state.index.query.split(separator: " ").last ?? ""
    if state.index.query.hasSuffix(" ") || (lastWord.count == 1 && state.index.query.contains(" ")) {
      // A word just begun names nothing yet: the tree stays as it was until its second letter.
    } else if state.index.query.filter({ $0 != " " }).count >= 3 {
      lookUp(&state)
    } else {
      state.index.rows = []
      state.index.roots = []
    }
    return true
  }
}
