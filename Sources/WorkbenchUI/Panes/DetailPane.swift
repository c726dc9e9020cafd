extension PaneID {
  /// The detail of the selected code or finding.
  public static let detail = PaneID(rawValue: "detail")
}

extension KeyScope {
  /// The bindings of the detail pane.
  public static let detail = PaneID.detail.scope
}

extension Command {
  public static let follow = Command(rawValue: "detail.follow")
  public static let back = Command(rawValue: "history.back")
}

/// The detail pane: a code's notes (own and inherited) or a finding's explanation; references can be
/// followed and walked back.
public enum DetailPane: Pane {
  public static let id = PaneID.detail
  public static let title = "Detail"
  public static let slot = PaneSlot.topRight
  public static let focusKey: String? = "2"
  public static let focusSummary = "Focus the detail pane"

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .follow, "Follow the note's code reference", hint: "follow", scopes: [.detail],
      keys: [(.detail, ["<Enter>", "l", "<Right>"])]
    ) { r, _, s in
      r.detailFollow(&s)
      return []
    },
    CommandSpec(
      .back, "Go back to where you followed a reference from", hint: "back", scopes: [.tree, .detail],
      keys: [(.tree, ["<BS>"]), (.detail, ["<BS>", "h", "<Left>"])], names: ["back"]
    ) { r, _, s in
      r.historyBack(&s)
      return []
    },
  ]

  public static func title(_ state: AppState) -> String {
    if case .finding? = state.detail.subject { return "Detail: finding" }
    return title
  }

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] { DetailModel.build(state, width: width).lines }
  public static func scroll(_ state: AppState) -> Int { state.detail.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.detail.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { state.detail.selected }
  public static func itemCount(_ state: AppState, width: Int) -> Int {
    DetailModel.build(state, width: width).targets.count
  }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    state.detail.selected = selection
  }

  public static func fit(height: Int, width: Int, _ state: inout AppState) {
    let model = DetailModel.build(state, width: width)
    state.detail.selected = min(state.detail.selected, max(0, model.targets.count - 1))
    state.detail.scroll = PaneViewport.fit(
      state.detail.scroll, model.lines, selection: state.detail.selected, height: height,
      keepTop: state.focus != .detail)
  }
}
