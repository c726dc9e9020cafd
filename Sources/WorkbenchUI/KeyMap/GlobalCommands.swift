import CodingCore

/// The commands that apply in every pane: quitting, help, focus, search, the `:` line, the batch,
/// moving, and the settings of the session (file, theme, date, release).
enum GlobalCommands {
  /// Keys for a command bound the same way globally and in the help overlay.
  private static func everywhere(_ keys: [String], help: [String]) -> [(scope: KeyScope, keys: [String])] {
    [(.global, keys), (.help, help)]
  }

  static let specs: [CommandSpec] = [
    CommandSpec(
      .quit, "Quit the workbench", hint: "quit", scopes: [.global], keys: [(.global, ["q", "<C-c>"])],
      names: ["quit", "q", "exit"]
    ) { r, _, s in
      if let id = r.unrecordedCorrection(s) {
        s.prompt = PromptState(kind: .confirmQuit(id))
        return []
      }
      s.quitRequested = true
      return [.quit(0)]
    },
    CommandSpec(
      .help, "Show the keys of the focused pane", hint: "help", scopes: [.global], keys: [(.global, ["?", "<F1>"])],
      names: ["help", "h"]
    ) { _, _, s in
      s.help = HelpState(pane: s.focus)
      return []
    },
    CommandSpec(
      .closeHelp, "Close the help", hint: "close", scopes: [.help], keys: [(.help, ["<Esc>", "q", "?", "<F1>"])]
    ) { _, _, s in
      s.help = nil
      return []
    },
    CommandSpec(.focusNext, "Focus the next pane", hint: "pane", scopes: [.global], keys: [(.global, ["<Tab>"])]) {
      r, _, s in
      r.focus(s.layout.focusOrder.after(s.focus), &s)
      return []
    },
    CommandSpec(
      .focusPrevious, "Focus the previous pane", scopes: [.global], keys: [(.global, ["<S-Tab>"])]
    ) { r, _, s in
      r.focus(s.layout.focusOrder.before(s.focus), &s)
      return []
    },
    CommandSpec(
      .search, "Search codes as you type (Enter jumps, Esc cancels)", hint: "search", scopes: [.global],
      keys: [(.global, ["/"])]
    ) { _, _, s in
      s.prompt = PromptState(kind: .search)
      return []
    },
    CommandSpec(
      .commandLine, "Command line (Tab completes; :help lists the commands)", hint: "cmd", scopes: [.global],
      keys: [(.global, [":"])]
    ) { _, _, s in
      s.prompt = PromptState(kind: .command)
      return []
    },
    CommandSpec(
      .batchNext, "Next encounter of the batch", hint: "next enc.", scopes: [.global], keys: [(.global, ["]"])],
      names: ["next", "n"]
    ) { r, _, s in
      r.stepBatch(by: 1, &s)
      return []
    },
    CommandSpec(
      .batchPrevious, "Previous encounter of the batch", scopes: [.global], keys: [(.global, ["["])],
      names: ["prev", "previous", "p"]
    ) { r, _, s in
      r.stepBatch(by: -1, &s)
      return []
    },
    CommandSpec(
      .batchNextError, "Next encounter with an error", hint: "next error", scopes: [.global],
      keys: [(.global, ["}"])], names: ["next-error", "ne"]
    ) { r, _, s in
      r.stepBatchToError(&s)
      return []
    },
    CommandSpec(
      .redraw, "Redraw the whole screen", scopes: [.global], keys: [(.global, ["<C-l>"])], names: ["redraw"]
    ) { _, _, _ in [.redraw] },
    CommandSpec(.moveUp, "Move up", scopes: [.global, .help], keys: everywhere(["k", "<Up>"], help: ["k", "<Up>"])) {
      r, _, s in
      r.move(by: -1, &s)
      return []
    },
    CommandSpec(
      .moveDown, "Move down", scopes: [.global, .help], keys: everywhere(["j", "<Down>"], help: ["j", "<Down>"])
    ) { r, _, s in
      r.move(by: 1, &s)
      return []
    },
    CommandSpec(
      .pageUp, "Page up", scopes: [.global, .help], keys: everywhere(["<PgUp>", "<C-b>"], help: ["<PgUp>"])
    ) { r, _, s in
      r.move(by: -max(1, r.pageSize(s) - 1), &s)
      return []
    },
    CommandSpec(
      .pageDown, "Page down", scopes: [.global, .help], keys: everywhere(["<PgDn>", "<C-f>"], help: ["<PgDn>"])
    ) { r, _, s in
      r.move(by: max(1, r.pageSize(s) - 1), &s)
      return []
    },
    CommandSpec(
      .moveTop, "Go to the first row", scopes: [.global, .help], keys: everywhere(["g", "<Home>"], help: ["g"])
    ) { r, _, s in
      r.move(by: Int.min / 2, &s)
      return []
    },
    CommandSpec(
      .moveBottom, "Go to the last row", scopes: [.global, .help], keys: everywhere(["G", "<End>"], help: ["G"])
    ) { r, _, s in
      r.move(by: Int.max / 2, &s)
      return []
    },
    CommandSpec(
      .openFile, "Open a batch file (CSV or JSON Lines audit input)", scopes: [.global], names: ["open", "o", "e"],
      argument: "FILE", argumentRequired: true
    ) { _, call, _ in [.openBatch(call.argument)] },
    CommandSpec(
      .setTheme, "Switch theme (default, light, high-contrast, mono, or a path)", scopes: [.global],
      names: ["theme"], argument: "NAME", argumentRequired: true
    ) { _, call, _ in [.loadTheme(call.argument)] },
    CommandSpec(
      .setDate, "Set the date of service (selects the release)", scopes: [.global], names: ["date"],
      argument: "YYYY-MM-DD", argumentRequired: true
    ) { r, call, s in
      r.setDate(call.argument, &s)
    },
    CommandSpec(
      .pinRelease, "Pin a release, or follow the date again (auto)", scopes: [.global], names: ["release"],
      argument: "FY…|auto"
    ) { r, call, s in
      r.pinRelease(call.argument, &s)
    },
    CommandSpec(
      .gotoCode, "Show a code in the tree (also :CODE)", scopes: [.global], names: ["goto", "g"], argument: "CODE",
      argumentRequired: true
    ) { r, call, s in
      r.goto(call.argument, &s)
    },
    CommandSpec(
      .closePane, "Close the focused pane (its slot shows its usual pane again)", scopes: [.global],
      names: ["close"]
    ) { r, _, s in
      r.closePane(s.focus, &s)
      return []
    },
    CommandSpec(
      .zoom, "Show the focused pane alone on the whole screen, or all panes again", scopes: [.global],
      keys: [(.global, ["z"])], names: ["zoom"]
    ) { _, _, s in
      s.zoomed.toggle()
      return []
    },
  ]
}
