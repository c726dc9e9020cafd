import CodingCore

extension Reducer {
  /// Opens the review: the overview replaces the tree, at the remembered filter and position.
  func openReview(_ state: inout AppState) {
    guard let review = state.reviewBackend else { return }
    state.review.active = true
    state.review.filter = review.remembered.filter.flatMap(ReviewState.Filter.init(rawValue:)) ?? .all
    rebuildReviewRows(&state)
    let start = review.remembered.position.flatMap(review.rowIndex(ofEncounter:))
    focus(.review, &state)
    if let start, let position = state.review.visible.firstIndex(of: start) {
      selectReviewPosition(position, &state)
    } else if let start {
      state.review.filter = .all
      rebuildReviewRows(&state)
      selectReviewPosition(state.review.visible.firstIndex(of: start) ?? 0, &state)
    } else {
      selectReviewPosition(0, &state)
    }
  }

  /// Recomputes the rows the filter admits.
  func rebuildReviewRows(_ state: inout AppState) {
    guard let review = state.reviewBackend else { return }
    let filter = state.review.filter
    var visible =
      filter == .all
      ? Array(0..<review.rowCount) : (0..<review.rowCount).filter { ReviewState.admits(review.row($0), filter) }
    switch state.review.sort {
    case .line: break
    case .id:
      let ids = visible.map { review.row($0).id }
      visible = visible.indices.sorted { (ids[$0], $0) < (ids[$1], $1) }.map { visible[$0] }
    case .worst, .decision:
      let byWorst = state.review.sort == .worst
      let keys = visible.map { row -> Int in
        let r = review.row(row)
        if byWorst { return r.problem != nil ? 0 : r.errors > 0 ? 1 : r.warnings > 0 ? 2 : 3 }
        switch r.decision {
        case nil: return 0
        case .queried?: return 1
        case .corrected?: return 2
        case .accepted?: return 3
        }
      }
      visible = visible.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { visible[$0] }
    }
    state.review.visible = visible
    state.review.selected = min(state.review.selected, max(0, state.review.visible.count - 1))
  }

  /// Selects a position of the overview and loads its encounter into the builder and checklist.
  func selectReviewPosition(_ position: Int, _ state: inout AppState) {
    guard let review = state.reviewBackend, state.review.visible.indices.contains(position) else { return }
    state.review.selected = position
    let row = state.review.visible[position]
    state.review.currentRow = row
    if let index = review.encounterIndex(ofRow: row),
      index != state.encounter.batchIndex || state.encounter.draft.id == nil
    {
      loadBatchEncounter(index, &state)
    }
    review.remember(
      position: review.row(row).problem == nil ? review.row(row).id : nil, filter: state.review.filter.rawValue)
  }

  /// Opens the selected encounter in the builder.
  func reviewOpenSelected(_ state: inout AppState) {
    guard requireReview(&state) else { return }
    selectReviewPosition(state.review.selected, &state)
    focus(.encounter, &state)
  }

  /// Moves to the next (or previous) row of the filter that satisfies a test.
  func reviewStep(_ delta: Int, _ state: inout AppState, where test: (ReviewRow) -> Bool = { _ in true }) {
    guard requireReview(&state), let review = state.reviewBackend else { return }
    review.refresh()
    var position = state.review.selected + delta
    while state.review.visible.indices.contains(position) {
      if test(review.row(state.review.visible[position])) {
        selectReviewPosition(position, &state)
        return
      }
      position += delta
    }
    state.message = StatusMessage(delta > 0 ? "No later encounter in this list." : "No earlier encounter in this list.")
  }

  /// Records a decision on the current encounter, then moves to the next encounter of the filter.
  func reviewDecide(_ request: ReviewRequest, _ state: inout AppState) {
    guard requireReview(&state), let review = state.reviewBackend, let row = state.review.currentRow else { return }
    switch review.perform(request, row: row) {
    case .failure(let problem):
      state.message = StatusMessage(problem.message, isError: true)
    case .success(let message):
      let position = state.review.selected
      if !ReviewState.admits(review.row(row), state.review.filter), let at = state.review.visible.firstIndex(of: row) {
        state.review.visible.remove(at: at)
        selectReviewPosition(min(position, max(0, state.review.visible.count - 1)), &state)
      } else {
        switch request {
        case .agree, .dismiss: break
        default: selectReviewPosition(min(position + 1, max(0, state.review.visible.count - 1)), &state)
        }
      }
      state.message = StatusMessage(message)
    }
  }

  /// `:correct [CODE…] [-- NOTE]`: the codes given, or the builder's codes.
  func reviewCorrect(_ argument: String, _ state: inout AppState) {
    let parts = argument.components(separatedBy: "--")
    var codes = (parts.first ?? "").split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init)
    let note = parts.count > 1 ? parts.dropFirst().joined(separator: "--").trimmingCharacters(in: .whitespaces) : ""
    if codes.isEmpty { codes = state.encounter.draft.codes }
    reviewDecide(.correct(codes: codes, note: note.isEmpty ? nil : note), &state)
  }

  /// `:agree N` and `:dismiss N REASON`: N is the finding's number in the encounter pane.
  func reviewDispose(_ words: [String], dismiss: Bool, _ state: inout AppState) {
    guard let first = words.first, let number = Int(first) else {
      state.message = StatusMessage(dismiss ? "usage: :dismiss N REASON" : "usage: :agree N", isError: true)
      return
    }
    let findings = state.encounter.report.findings
    guard findings.indices.contains(number - 1) else {
      state.message = StatusMessage(
        findings.isEmpty
          ? "This encounter has no findings." : "No finding \(number): the encounter shows \(findings.count).",
        isError: true)
      return
    }
    let f = findings[number - 1]
    let finding = ReviewFinding(number: number, kind: f.kind, severity: f.severity, codes: f.codes, message: f.message)
    let reason = words.dropFirst().joined(separator: " ")
    reviewDecide(dismiss ? .dismiss(finding, reason: reason) : .agree(finding), &state)
  }

  /// Reverts this session's last decision and shows its encounter.
  func reviewUndo(_ state: inout AppState) {
    guard requireReview(&state), let review = state.reviewBackend else { return }
    switch review.undo() {
    case .failure(let problem): state.message = StatusMessage(problem.message, isError: true)
    case .success(nil): state.message = StatusMessage("Nothing to undo in this session.")
    case .success(let id?):
      rebuildReviewRows(&state)
      if let row = review.rowIndex(ofEncounter: id), let position = state.review.visible.firstIndex(of: row) {
        selectReviewPosition(position, &state)
      }
      state.message = StatusMessage("saved: undid the last decision on \(id)")
    }
  }

  /// `:filter NAME` (no name: the next filter).
  func reviewFilter(_ name: String, _ state: inout AppState) {
    guard requireReview(&state) else { return }
    let all = ReviewState.Filter.allCases
    let next: ReviewState.Filter?
    if name.isEmpty {
      next = all[((all.firstIndex(of: state.review.filter) ?? 0) + 1) % all.count]
    } else {
      next = ReviewState.Filter(rawValue: name.lowercased())
    }
    guard let filter = next else {
      state.message = StatusMessage(
        "usage: :filter \(all.map(\.rawValue).joined(separator: "|"))", isError: true)
      return
    }
    let current = state.review.currentRow
    state.review.filter = filter
    rebuildReviewRows(&state)
    let position = current.flatMap { state.review.visible.firstIndex(of: $0) } ?? 0
    selectReviewPosition(position, &state)
    state.message = StatusMessage("Filter \(filter.rawValue): \(state.review.visible.count) rows.")
  }

  /// `:sort line|id|worst|decision` (no key: the next order).
  func reviewSort(_ name: String, _ state: inout AppState) {
    guard requireReview(&state) else { return }
    let all = ReviewState.Sort.allCases
    let next =
      name.isEmpty
      ? all[((all.firstIndex(of: state.review.sort) ?? 0) + 1) % all.count]
      : ReviewState.Sort(rawValue: name.lowercased())
    guard let sort = next else {
      state.message = StatusMessage("usage: :sort \(all.map(\.rawValue).joined(separator: "|"))", isError: true)
      return
    }
    let current = state.review.currentRow
    state.review.sort = sort
    rebuildReviewRows(&state)
    selectReviewPosition(current.flatMap { state.review.visible.firstIndex(of: $0) } ?? 0, &state)
    state.message = StatusMessage("Sorted by \(sort.rawValue).")
  }

  /// `:goto ID` in a review: the encounter with that id, if any.
  func reviewGoto(_ id: String, _ state: inout AppState) -> Bool {
    guard state.review.active, let review = state.reviewBackend, let row = review.rowIndex(ofEncounter: id) else {
      return false
    }
    if !state.review.visible.contains(row) {
      state.review.filter = .all
      rebuildReviewRows(&state)
    }
    selectReviewPosition(state.review.visible.firstIndex(of: row) ?? 0, &state)
    focus(.review, &state)
    return true
  }

  /// The id of the current encounter when its codes were edited in the builder (or a code is half
  /// typed) but no correction was recorded: quitting asks first. Nil otherwise.
  func unrecordedCorrection(_ state: AppState) -> String? {
    guard state.review.active, let review = state.reviewBackend, let row = state.review.currentRow else { return nil }
    let shown = review.row(row)
    guard shown.problem == nil, shown.decision != .corrected else { return nil }
    let edited = state.encounter.draft.codes.map(CodeInput.normalize) != shown.codes.map(CodeInput.normalize)
    let typing = !state.encounter.entryText.trimmingCharacters(in: " ").isEmpty
    return edited || typing ? shown.id : nil
  }

  private func requireReview(_ state: inout AppState) -> Bool {
    guard state.review.active, state.reviewBackend != nil else {
      state.message = StatusMessage("No review open: run m54 review BATCH.", isError: true)
      return false
    }
    return true
  }
}
