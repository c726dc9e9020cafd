extension PaneID {
  /// The recent status-line messages.
  public static let messages = PaneID(rawValue: "messages")
}

extension KeyScope {
  /// The bindings of the messages pane.
  public static let messages = PaneID.messages.scope
}

extension Command {
  public static let openMessages = Command(rawValue: "messages.open")
  public static let closeMessages = Command(rawValue: "messages.close")
}

/// The recent status-line messages, newest last, in the detail pane's place (`:messages`; Esc or
/// `:close` brings the detail back).
public enum MessagesPane: Pane {
  public static let id = PaneID.messages
  public static let title = "Messages"
  public static let slot = PaneSlot.topRight
  /// How many messages are kept.
  public static let kept = 50

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .openMessages, "List the recent status-line messages", scopes: [.global], names: ["messages"]
    ) { r, _, s in
      r.focus(.messages, &s)
      s.messageLogScroll = max(0, s.messageLog.count - 1)
      return []
    },
    CommandSpec(
      .closeMessages, "Close the messages", hint: "close", scopes: [.messages], keys: [(.messages, ["<Esc>", "q"])]
    ) { r, _, s in
      r.closePane(.messages, &s)
      return []
    },
  ]

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    guard !state.messageLog.isEmpty else { return [PaneLine([Segment("No messages yet.", .muted)])] }
    var out: [PaneLine] = []
    for (n, message) in state.messageLog.enumerated() {
      out += PaneLine.wrap(
        [Segment(message.isError ? "✖ " : "· ", message.isError ? .findingError : .muted), Segment(message.text)],
        width: width, indent: 2, selection: n)
    }
    return out
  }

  public static func scroll(_ state: AppState) -> Int { state.messageLogScrollLine }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.messageLogScrollLine = scroll }
  public static func selection(_ state: AppState) -> Int? { state.messageLog.isEmpty ? nil : state.messageLogScroll }
  public static func itemCount(_ state: AppState, width: Int) -> Int { state.messageLog.count }
  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    state.messageLogScroll = selection
  }
}
