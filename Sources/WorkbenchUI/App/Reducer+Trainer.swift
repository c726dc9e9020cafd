import CodingCore

/// The trainer's actions: explain a pair, the conflict matrix, lessons, hints and the projector mode.
extension Reducer {
  /// The checker's trainer side, if it has one.
  var trainer: (any TrainerChecker)? { environment.checker as? any TrainerChecker }

  /// `:explain A B`: opens the explain view for two codes on the encounter's date.
  func openExplain(_ codes: [String], _ state: inout AppState) {
    guard codes.count == 2 else {
      state.message = StatusMessage("usage: :explain A B (two codes)", isError: true)
      return
    }
    guard let trainer else {
      state.message = StatusMessage("Explanations need the rules engine.", isError: true)
      return
    }
    let date = state.encounter.draft.date
    let unknown = trainer.unknownCodes(codes, date: date)
    guard unknown.isEmpty else {
      state.message = StatusMessage(
        "\(unknown.joined(separator: ", ")) is not a code in \(state.catalog.releaseName)", isError: true)
      return
    }
    state.explain.explanation = trainer.explain(codes[0], codes[1], date: date)
    state.explain.scroll = 0
    focus(.explain, &state)
  }

  /// `:matrix [CODE…]`: the conflict matrix of the codes given, or of the encounter's codes.
  func openMatrix(_ words: [String], _ state: inout AppState) {
    let codes = words.isEmpty ? state.encounter.draft.codes : words
    guard !codes.isEmpty else {
      state.message = StatusMessage("The encounter has no codes: add some, or :matrix CODE…", isError: true)
      return
    }
    guard let trainer else {
      state.message = StatusMessage("The matrix needs the rules engine.", isError: true)
      return
    }
    let date = state.encounter.draft.date
    guard let matrix = trainer.matrix(codes, date: date) else {
      let unknown = trainer.unknownCodes(codes, date: date)
      state.message = StatusMessage(
        "\(unknown.joined(separator: ", ")) is not a code in \(state.catalog.releaseName)", isError: true)
      return
    }
    state.matrix.matrix = matrix
    state.matrix.row = 0
    state.matrix.column = matrix.codes.count > 1 ? 1 : 0
    state.matrix.scroll = 0
    focus(.matrix, &state)
  }

  /// Moves the matrix cursor by a number of columns.
  func moveMatrixColumn(by delta: Int, _ state: inout AppState) {
    guard let m = state.matrix.matrix, !m.codes.isEmpty else { return }
    state.matrix.column = max(0, min(m.codes.count - 1, state.matrix.column + delta))
  }

  /// Enter on a matrix cell: explains that pair.
  func explainMatrixCell(_ state: inout AppState) {
    guard let m = state.matrix.matrix, let a = m.codes[safe: state.matrix.row],
      let b = m.codes[safe: state.matrix.column]
    else { return }
    guard a != b else {
      state.message = StatusMessage("\(a) with itself: choose a cell off the diagonal.")
      return
    }
    openExplain([a, b], &state)
  }

  /// Enter on an encounter finding about two codes: the explain view of the pair.
  func explainFindingPair(_ state: inout AppState) -> Bool {
    guard case .finding(let i) = state.encounter.cursor, let f = state.encounter.report.findings[safe: i],
      f.codes.count == 2, [.excludes1, .excludes2, .guideline].contains(f.kind), trainer != nil
    else { return false }
    openExplain(f.codes, &state)
    return true
  }

  /// `:lesson [NAME]`: starts a lesson (a fresh encounter on its date), or lists them.
  func openLesson(_ name: String, _ state: inout AppState) {
    guard let trainer else {
      state.message = StatusMessage("Lessons need the rules engine.", isError: true)
      return
    }
    let library = trainer.scenarios()
    guard !name.isEmpty else {
      state.lesson.scenario = nil
      state.lesson.grade = nil
      state.lesson.scroll = 0
      state.message = StatusMessage("\(library.scenarios.count) lessons: :lesson NAME starts one.")
      focus(.lesson, &state)
      return
    }
    guard let scenario = library.scenario(named: name) else {
      state.message = StatusMessage("No lesson \"\(name)\"; :lesson lists them.", isError: true)
      return
    }
    clearEncounter(&state)
    state.encounter.draft.date = scenario.date
    state.encounter.draft.documentation = scenario.checklist
    state.encounter.draft.painManagementFocus = scenario.painFocus
    _ = setDate(scenario.date.description, &state)
    state.lesson.scenario = scenario
    state.lesson.grade = nil
    state.lesson.scroll = 0
    focus(.lesson, &state)
    state.message = StatusMessage("Lesson \(scenario.name): code it in the encounter (3), then :grade.")
  }

  /// `:grade`: grades the encounter's codes against the lesson.
  func gradeLesson(_ state: inout AppState) {
    guard let scenario = state.lesson.scenario else {
      state.message = StatusMessage("No lesson: :lesson NAME starts one.", isError: true)
      return
    }
    guard let trainer else { return }
    let grade = trainer.grade(state.encounter.draft.codes, for: scenario)
    state.lesson.grade = grade
    state.lesson.scroll = 0
    focus(.lesson, &state)
    state.message = StatusMessage("Score: \(grade.score)/\(grade.total)")
  }

  /// `:hints on|off` (or toggle): whether the encounter shows its live findings.
  func setHints(_ argument: String, _ state: inout AppState) {
    switch argument.lowercased() {
    case "on": state.lesson.hints = true
    case "off": state.lesson.hints = false
    case "":
      state.lesson.hints.toggle()
    default:
      state.message = StatusMessage("usage: :hints on|off", isError: true)
      return
    }
    state.message = StatusMessage(
      state.lesson.hints ? "Hints on: live findings shown." : "Hints off: findings hidden until :grade.")
  }

  /// `:present`: the focused pane alone, the projector theme, the verdict large; again (or Esc) leaves.
  func togglePresent(_ state: inout AppState) -> [Effect] {
    if state.lesson.presenting { return leavePresent(&state) }
    state.lesson.presenting = true
    state.lesson.themeBeforePresenting = state.themeName
    state.zoomed = true
    return [.loadTheme("projector")]
  }

  /// Leaves the projector mode, restoring the theme.
  func leavePresent(_ state: inout AppState) -> [Effect] {
    state.lesson.presenting = false
    state.zoomed = false
    let theme = state.lesson.themeBeforePresenting ?? "default"
    state.lesson.themeBeforePresenting = nil
    return [.loadTheme(theme)]
  }

  /// Esc: leaves the projector mode, else the zoom, else closes an opened trainer pane.
  func escape(_ state: inout AppState) -> [Effect] {
    if state.lesson.presenting { return leavePresent(&state) }
    if state.zoomed {
      state.zoomed = false
      return []
    }
    if [PaneID.explain, .matrix, .lesson, .quiz].contains(state.focus) {
      closePane(state.focus, &state)
      return []
    }
    if cancelReviewCheck(&state) { return [] }
    state.message = StatusMessage("Esc: nothing to leave.")
    return []
  }
}
