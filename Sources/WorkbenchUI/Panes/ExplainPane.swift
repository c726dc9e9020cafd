import CodingCore

extension PaneID {
  /// The explain view of a pair of codes.
  public static let explain = PaneID(rawValue: "explain")
}

extension KeyScope {
  /// The bindings of the explain view.
  public static let explain = PaneID.explain.scope
}

extension Command {
  public static let explainPair = Command(rawValue: "explain.open")
  public static let present = Command(rawValue: "present.toggle")
  public static let escape = Command(rawValue: "present.escape")
}

/// The explain view (trainers): the verdict, both codes' paths with the note-carrying levels marked,
/// every note relating them in both directions, the conventions and other releases.
public enum ExplainPane: Pane {
  public static let id = PaneID.explain
  public static let title = "Explain"
  public static let slot = PaneSlot.topRight

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .explainPair, "Explain two codes side by side (verdict, paths, notes both ways)", scopes: [.global],
      names: ["explain"], argument: "A B", argumentRequired: true
    ) { r, call, s in
      r.openExplain(call.words, &s)
      return []
    },
    CommandSpec(
      .present, "Projector layout: the focused pane alone, high contrast, the verdict large (again or Esc leaves)",
      scopes: [.global], names: ["present"]
    ) { r, _, s in r.togglePresent(&s) },
    CommandSpec(
      .escape, "Leave the projector layout, the zoom or a trainer pane", scopes: [.global], keys: [(.global, ["<Esc>"])]
    ) { r, _, s in r.escape(&s) },
  ]

  public static func title(_ state: AppState) -> String {
    state.explain.explanation.map { "Explain \($0.codes.joined(separator: " + "))" } ?? title
  }

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] { ExplainModel.lines(state, width: width) }
  public static func scroll(_ state: AppState) -> Int { state.explain.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.explain.scroll = scroll }
  /// The view has no selection: moving scrolls it (the "selection" is the first line shown).
  public static func selection(_ state: AppState) -> Int? { state.explain.scroll }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    state.explain.scroll = max(0, selection)
  }

  public static func itemCount(_ state: AppState, width: Int) -> Int { lines(state, width: width).count }

  public static func fit(height: Int, width: Int, _ state: inout AppState) {
    state.explain.scroll = max(0, min(state.explain.scroll, lines(state, width: width).count - height))
  }

  public static func render(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
    PaneFrame.drawLines(
      lines(state, width: rect.width), scroll: scroll(state), selected: nil, focused: focused, in: rect, into: &buffer)
  }
}
