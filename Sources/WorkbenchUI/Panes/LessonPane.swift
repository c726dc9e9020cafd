import CodingCore

extension PaneID {
  /// The lesson: a scenario's vignette, and its grade.
  public static let lesson = PaneID(rawValue: "lesson")
}

extension KeyScope {
  /// The bindings of the lesson pane.
  public static let lesson = PaneID.lesson.scope
}

extension Command {
  public static let openLesson = Command(rawValue: "lesson.open")
  public static let gradeLesson = Command(rawValue: "lesson.grade")
  public static let hints = Command(rawValue: "lesson.hints")
}

/// The lesson pane (trainers and learners): the vignette to code, then the grade beside the expected
/// answer, with the teaching points.
public enum LessonPane: Pane {
  public static let id = PaneID.lesson
  public static let title = "Lesson"
  public static let slot = PaneSlot.topLeft

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .openLesson, "Start a lesson (its vignette; code it in the encounter), or list them", scopes: [.global],
      names: ["lesson", "train"], argument: "NAME"
    ) { r, call, s in
      r.openLesson(call.argument, &s)
      return []
    },
    CommandSpec(
      .gradeLesson, "Grade the encounter against the lesson", hint: "grade", scopes: [.global, .lesson],
      keys: [(.lesson, ["g"])], names: ["grade"]
    ) { r, _, s in
      r.gradeLesson(&s)
      return []
    },
    CommandSpec(
      .hints, "Show or hide the live findings while coding a lesson", scopes: [.global], names: ["hints"],
      argument: "on|off"
    ) { r, call, s in
      r.setHints(call.argument, &s)
      return []
    },
  ]

  public static func title(_ state: AppState) -> String {
    state.lesson.scenario.map { "Lesson \($0.name)" } ?? title
  }

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    var out: [PaneLine] = []
    func add(_ segments: [Segment], indent: Int = 2) { out += PaneLine.wrap(segments, width: width, indent: indent) }
    guard let scenario = state.lesson.scenario else {
      add([Segment("Lessons: :lesson NAME starts one.", .heading)])
      return out
    }
    for (i, line) in scenario.textLines.enumerated() {
      if line.isEmpty { out.append(PaneLine([])) } else { add([Segment(line, i == 0 ? .heading : .text)], indent: 0) }
    }
    add([Segment("Hints \(state.lesson.hints ? "on" : "off") (:hints on|off) · :grade when done", .muted)])
    if let grade = state.lesson.grade {
      out.append(PaneLine([]))
      for line in grade.textLines {
        let role: StyleRole =
          line.hasPrefix("Score:")
          ? (grade.isFullMarks ? .findingOk : .findingWarning)
          : line.hasPrefix("Missing:") || line.hasPrefix("Extra") || line.hasPrefix("Mis-sequenced")
            ? (line.hasSuffix("none") ? .findingOk : .findingError) : .text
        add([Segment(line, role)], indent: 4)
      }
    }
    return out.enumerated().map { PaneLine($0.element.segments, selection: $0.offset) }
  }

  public static func scroll(_ state: AppState) -> Int { state.lesson.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.lesson.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { state.lesson.scroll }
  public static func itemCount(_ state: AppState, width: Int) -> Int { lines(state, width: width).count }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    state.lesson.scroll = max(0, selection)
  }

  public static func fit(height: Int, width: Int, _ state: inout AppState) {
    state.lesson.scroll = max(0, min(state.lesson.scroll, lines(state, width: width).count - height))
  }

  public static func render(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
    PaneFrame.drawLines(
      lines(state, width: rect.width), scroll: scroll(state), selected: nil, focused: focused, in: rect, into: &buffer)
  }
}
