extension Command {
  public static let reviewAccept = Command(rawValue: "review.accept")
  public static let reviewQuery = Command(rawValue: "review.query")
  public static let reviewCorrect = Command(rawValue: "review.correct")
  public static let reviewAgree = Command(rawValue: "review.agree")
  public static let reviewDismiss = Command(rawValue: "review.dismiss")
  public static let reviewUndo = Command(rawValue: "review.undo")
  public static let reviewFilter = Command(rawValue: "review.filter")
  public static let reviewSort = Command(rawValue: "review.sort")
  public static let reviewNextUndecided = Command(rawValue: "review.next-undecided")
  public static let reviewPreviousError = Command(rawValue: "review.prev-error")
  public static let reviewOpen = Command(rawValue: "review.open")
}

/// The commands of a review (decisions, dispositions, undo, filter, stepping), from any pane.
enum ReviewCommands {
  static let specs: [CommandSpec] = [
    CommandSpec(
      .reviewAccept, "Accept the encounter's codes as submitted (optional note)", hint: "accept",
      scopes: [.review], keys: [(.review, ["a"])], names: ["accept"], argument: "[NOTE]"
    ) { r, call, s in
      r.reviewDecide(.accept(note: call.argument.isEmpty ? nil : call.argument), &s)
      return []
    },
    CommandSpec(
      .reviewQuery, "Query the provider about the encounter (a note is required)", hint: "query",
      scopes: [.review], keys: [(.review, ["Q"])], names: ["query"], argument: "NOTE", argumentRequired: true
    ) { r, call, s in
      r.reviewDecide(.query(note: call.argument), &s)
      return []
    },
    CommandSpec(
      .reviewCorrect, "Correct the codes (none given: the builder's codes); text after -- is the note",
      hint: "correct", scopes: [.review], keys: [(.review, ["c"])], names: ["correct"], argument: "[CODE…] [-- NOTE]"
    ) { r, call, s in
      r.reviewCorrect(call.argument, &s)
      return []
    },
    CommandSpec(
      .reviewAgree, "Agree with finding N of the encounter", scopes: [.global], names: ["agree"], argument: "N",
      argumentRequired: true
    ) { r, call, s in
      r.reviewDispose(call.words, dismiss: false, &s)
      return []
    },
    CommandSpec(
      .reviewDismiss, "Dismiss finding N as a false alarm, with a reason", scopes: [.global], names: ["dismiss"],
      argument: "N REASON", argumentRequired: true
    ) { r, call, s in
      r.reviewDispose(call.words, dismiss: true, &s)
      return []
    },
    CommandSpec(
      .reviewUndo, "Undo this session's last decision (the trail keeps both)", hint: "undo", scopes: [.review],
      keys: [(.review, ["U"])], names: ["undo"]
    ) { r, _, s in
      r.reviewUndo(&s)
      return []
    },
    CommandSpec(
      .reviewFilter, "Filter the overview: all, errors, warnings, undecided, accepted, queried, corrected",
      hint: "filter", scopes: [.review], keys: [(.review, ["f"])], names: ["filter"], argument: "[FILTER]"
    ) { r, call, s in
      r.reviewFilter(call.argument, &s)
      return []
    },
    CommandSpec(
      .reviewSort, "Sort the overview: line, id, worst (errors first), decision (undecided first)", hint: "sort",
      scopes: [.review], keys: [(.review, ["s"])], names: ["sort"], argument: "[ORDER]"
    ) { r, call, s in
      r.reviewSort(call.argument, &s)
      return []
    },
    CommandSpec(
      .reviewNextUndecided, "Next undecided encounter", scopes: [.review], keys: [(.review, ["N"])],
      names: ["next-undecided", "nu"]
    ) { r, _, s in
      r.reviewStep(1, &s) { $0.decision == nil && $0.problem == nil }
      return []
    },
    CommandSpec(
      .reviewPreviousError, "Previous encounter with an error", scopes: [.global], keys: [(.global, ["{"])],
      names: ["prev-error", "pe"]
    ) { r, _, s in
      if s.review.active {
        r.reviewStep(-1, &s) { $0.errors > 0 }
      } else {
        s.message = StatusMessage("No review open: run m54 review BATCH.", isError: true)
      }
      return []
    },
    CommandSpec(
      .reviewOpen, "Open the encounter in the builder and checklist", hint: "open", scopes: [.review],
      keys: [(.review, ["<Enter>"])]
    ) { r, _, s in
      r.reviewOpenSelected(&s)
      return []
    },
  ]
}
