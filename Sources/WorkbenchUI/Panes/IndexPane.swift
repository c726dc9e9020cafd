import CodingCore

extension PaneID {
  /// The Alphabetic Index: look a term up, browse main terms and subterms, follow "see".
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
  public static let indexFollow = Command(rawValue: "index.follow")
  public static let indexAdd = Command(rawValue: "index.add")
  public static let indexBack = Command(rawValue: "index.back")
}

/// The Alphabetic Index pane, in the tree's place: a term typed at the top, the matching main terms
/// and subterms below as the printed index shows them, each code checked against the release in use.
public enum IndexPane: Pane {
  public static let id = PaneID.index
  public static let title = "Alphabetic Index"
  public static let shortTitle = "Index"
  public static let slot = PaneSlot.topLeft
  /// The most entries shown for one term.
  static let rowLimit = 400

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .openIndex, "Look a term up in the Alphabetic Index", hint: "index", scopes: [.global],
      keys: [(.global, ["I"])], names: ["index"], argument: "TERM"
    ) { r, call, s in
      r.focus(.index, &s)
      if !call.argument.isEmpty {
        s.index.query = call.argument
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
      .indexOpenCode, "Open the entry's code in the tree and detail, or follow its \"see\"", hint: "open",
      scopes: [.index], keys: [(.index, ["<Enter>"])]
    ) { r, _, s in
      open(r, &s)
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
      guard let code = selectedCode(s) else {
        s.message = StatusMessage("This entry has no code: follow its \"see\" (f) or choose a subterm.", isError: true)
        return []
      }
      r.addCode(code, &s)
      return []
    },
    CommandSpec(
      .indexBack, "Go back to the term before following \"see\"", hint: "back", scopes: [.index],
      keys: [(.index, ["<BS>"])]
    ) { _, _, s in
      guard let previous = s.index.trail.popLast() else { return [] }
      s.index.query = previous
      lookUp(&s)
      return []
    },
  ]

  /// The index and release behind the catalog in use, when the catalog has an index.
  static func source(_ state: AppState) -> (index: AlphabeticIndex, release: Release)? {
    state.catalog.alphabeticIndex
  }

  /// Looks the query up and lists each match under its parent terms.
  static func lookUp(_ state: inout AppState) {
    state.index.rows = []
    state.index.selected = 0
    state.index.scroll = 0
    guard let (index, _) = source(state), !state.index.query.trimmingCharacters(in: " ").isEmpty else { return }
    var shown = Set<Int>()
    for root in index.lookUp(state.index.query, limit: 30) {
      for id in index.path(root).dropLast() + Array(root..<index.subtreeEnd(root)) where shown.insert(id).inserted {
        guard state.index.rows.count < rowLimit else { return }
        state.index.rows.append(.init(entry: id, level: index.level(id)))
      }
    }
  }

  private static func selectedEntry(_ state: AppState) -> IndexEntry? {
    guard let (index, _) = source(state), let row = state.index.rows[safe: state.index.selected] else { return nil }
    return index.entry(row.entry)
  }

  /// The selected entry's code as the release knows it (`M54.4-` → M54.4), if it has one.
  static func selectedCode(_ state: AppState) -> String? {
    guard let entry = selectedEntry(state), !entry.code.isEmpty else { return nil }
    var code = entry.code
    while code.hasSuffix("-") || code.hasSuffix(".") { code.removeLast() }
    return code
  }

  private static func open(_ reducer: Reducer, _ state: inout AppState) {
    guard let code = selectedCode(state) else { return follow(&state) }
    guard let key = state.catalog.resolve(code) else {
      state.message = StatusMessage(state.catalog.unknownCodeMessage(code), isError: true)
      return
    }
    reducer.jump(to: key, &state, remember: true)
    state.shown[TreePane.slot] = .tree
    state.focus = .tree
  }

  private static func follow(_ state: inout AppState) {
    guard let (index, _) = source(state), let entry = selectedEntry(state) else { return }
    guard let target = entry.seeTarget ?? entry.seeAlsoTarget else {
      let text = entry.see.isEmpty ? entry.seeAlso : entry.see
      state.message = StatusMessage(
        text.isEmpty ? "No \"see\" here." : "\"see \(text)\" names no index entry: look the condition up.",
        isError: true)
      return
    }
    state.index.trail.append(state.index.query)
    state.index.query = index.pathText(target)
    state.index.rows = index.path(target).dropLast().map { .init(entry: $0, level: index.level($0)) }
    for id in target..<index.subtreeEnd(target) where state.index.rows.count < rowLimit {
      state.index.rows.append(.init(entry: id, level: index.level(id)))
    }
    state.index.selected = max(0, state.index.rows.firstIndex { $0.entry == target } ?? 0)
    state.index.scroll = 0
    state.index.typing = false
  }

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    var out = [
      PaneLine([
        Segment("Term: ", .prompt), Segment(state.index.query + (state.index.typing ? "▏" : ""), .promptInput),
      ])
    ]
    guard let (index, release) = source(state) else {
      return out + [PaneLine([Segment("No Alphabetic Index is loaded for \(state.catalog.releaseName).", .muted)])]
    }
    if state.index.rows.isEmpty {
      let hint = state.index.query.isEmpty ? "Type a term (pain back, sciatica, lumbago)." : "No index term matches."
      return out + [PaneLine([Segment(hint, .muted)])]
    }
    for (n, row) in state.index.rows.enumerated() {
      let entry = index.entry(row.entry)
      var segments = [
        Segment(String(repeating: "  ", count: row.level)),
        Segment(index.displayText(entry), row.level == 0 ? .heading : .text),
      ]
      if !entry.code.isEmpty {
        let check = release.checkIndexCode(entry.code)
        segments.append(Segment(" \(entry.code)", check.status == .valid ? .billable : .header))
        switch check.status {
        case .valid: break
        case .needsMoreCharacters:
          let codes = check.offered.map { release.code($0) }.joined(separator: ", ")
          segments.append(Segment("  needs more characters\(codes.isEmpty ? "" : ": " + codes)", .findingWarning))
        case .notInRelease:
          segments.append(Segment("  not in \(release.info.id)", .findingError))
        }
      }
      out += PaneLine.wrap(segments, width: width, indent: 2 * row.level + 4, selection: n)
    }
    return out
  }

  public static func scroll(_ state: AppState) -> Int { state.index.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.index.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { state.index.rows.isEmpty ? nil : state.index.selected }
  public static func itemCount(_ state: AppState, width: Int) -> Int { state.index.rows.count }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    state.index.selected = max(0, min(selection, state.index.rows.count - 1))
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
    if state.index.query.filter({ $0 != " " }).count >= 3 {
      lookUp(&state)
    } else {
      state.index.rows = []
    }
    return true
  }
}
