import CodingCore

extension Reducer {
  /// Re-runs the checker on the draft and keeps cursors in range.
  func recheck(_ state: inout AppState) {
    selectCatalog(&state)
    let note = state.pinnedRelease == nil ? environment.library.catalog(for: state.encounter.draft.date).note : nil
    let draft = state.encounter.draft
    // A new, still empty encounter is not checked (no "empty encounter" warning
    // before the user typed anything); an empty encounter from a batch is.
    state.encounter.report =
      draft.codes.isEmpty && draft.id == nil
      ? EncounterReport(release: state.catalog.releaseName, releaseNote: note)
      : environment.checker.check(draft, catalog: state.catalog, releaseNote: note)
    let enc = state.encounter
    switch enc.cursor {
    case .code(let i) where i >= enc.draft.codes.count: state.encounter.cursor = .entry
    case .finding(let i) where i >= enc.report.findings.count:
      state.encounter.cursor = enc.report.findings.isEmpty ? .entry : .finding(enc.report.findings.count - 1)
    default: break
    }
    state.checklist.selected = min(state.checklist.selected, max(0, ChecklistModel.entries(state).count - 1))
    if case .finding(let i)? = state.detail.subject, i >= enc.report.findings.count { state.detail.subject = nil }
    if case .finding(let i) = state.encounter.cursor, state.focus == .encounter { state.detail.subject = .finding(i) }
  }

  /// Chooses the release for the date (or the pinned one); rebuilds the tree when it changes.
  func selectCatalog(_ state: inout AppState) {
    let chosen: any CodeCatalog
    if let pinned = state.pinnedRelease, let c = environment.library.catalog(named: pinned) {
      chosen = c
    } else {
      chosen = environment.library.catalog(for: state.encounter.draft.date).catalog
    }
    guard chosen.releaseName != state.catalog.releaseName else { return }
    let selectedCode = state.tree.rows[safe: state.tree.selected]?.entry.code
    // The selected code, or its nearest ancestor that the new release has.
    var target: (code: String, key: String)?
    var old = state.tree.selectedKey
    while target == nil, let key = old {
      if let code = state.catalog.entry(key)?.code, let found = chosen.resolve(code) { target = (code, found) }
      old = state.catalog.parent(key)
    }
    let rowOnScreen = state.tree.selected - state.tree.scroll
    let expandedCodes = state.tree.expanded.compactMap { state.catalog.entry($0)?.code }
    state.catalog = chosen
    state.tree = TreeState()
    state.tree.expanded = Set(expandedCodes.compactMap { chosen.resolve($0) })
    state.tree.rebuild(catalog: chosen)
    if let target {
      state.tree.reveal(target.key, catalog: chosen)
      state.tree.scroll = max(0, state.tree.selected - max(0, rowOnScreen))
      if let code = selectedCode, code != target.code {
        state.message = StatusMessage("\(code) is not in \(chosen.releaseName); showing \(target.code).")
      }
    }
    state.detail.history = []
    state.detail.subject = state.tree.selectedKey.map { .node($0) }
  }

  /// Adds a code (normalised) to the encounter; a duplicate is added too, so
  /// that the checker reports it.
  func addCode(_ code: String, _ state: inout AppState) {
    let normalized = CodeInput.normalize(code)
    guard !normalized.isEmpty else { return }
    recordUndo("add \(normalized)", &state)
    state.encounter.draft.codes.append(normalized)
    recheck(&state)
    if state.catalog.resolve(normalized) == nil {
      state.message = StatusMessage(
        "Added \(normalized): \(state.catalog.unknownCodeMessage(normalized)).", isError: true)
    } else {
      state.message = StatusMessage("Added \(normalized).")
    }
  }

  /// Adds the code selected in the tree or shown in the detail pane.
  func addSelectedCode(_ state: inout AppState) {
    let key: String?
    if state.focus == .detail, case .node(let k)? = state.detail.subject {
      key = k
    } else {
      key = state.tree.selectedKey
    }
    guard let key, let entry = state.catalog.entry(key) else { return }
    guard entry.kind == .code || entry.kind == .category || entry.kind == .subcategory else {
      state.message = StatusMessage("\(entry.code) is a \(entry.kind.rawValue), not a code.", isError: true)
      return
    }
    addCode(entry.code, &state)
  }

  /// Handles keys while a code is being typed (after `i` or `+`): every printable key is text; Enter
  /// adds, Tab / Up / Down choose a completion, Ctrl-U clears, Ctrl-W deletes a word, Esc leaves.
  /// Outside that mode the entry row is a row like any other; returns whether the key was used.
  func handleEntryKey(_ key: Key, _ state: inout AppState) -> Bool {
    guard state.encounter.typing else { return false }
    switch key {
    case .character(let c) where !c.isNewline:
      state.encounter.entryText.append(c)
    case .backspace:
      guard !state.encounter.entryText.isEmpty else { return true }
      state.encounter.entryText.removeLast()
    case .ctrl("u"):
      state.encounter.entryText = ""
    case .ctrl("w"):
      state.encounter.entryText = TextEditing.deletingLastWord(state.encounter.entryText)
    case .tab, .down, .ctrl("n"), .backTab, .up, .ctrl("p"):
      // With nothing to choose from, arrows and Tab leave the entry and move as usual.
      guard !state.encounter.completions.isEmpty else {
        leaveEntry(&state)
        return false
      }
      cycleCompletion(by: [.tab, .down, .ctrl("n")].contains(key) ? 1 : -1, &state)
      return true
    case .escape:
      leaveEntry(&state)
      return true
    case .enter:
      submitEntry(&state)
      return true
    default:
      return false
    }
    updateCompletions(&state)
    return true
  }

  /// Starts typing a code in the entry row.
  func enterEntry(_ state: inout AppState) {
    state.encounter.cursor = .entry
    state.encounter.typing = true
  }

  /// Stops typing; the text typed is dropped.
  func leaveEntry(_ state: inout AppState) {
    state.encounter.typing = false
    state.encounter.entryText = ""
    state.encounter.completions = []
    state.encounter.completion = nil
  }

  private func cycleCompletion(by delta: Int, _ state: inout AppState) {
    let count = state.encounter.completions.count
    guard count > 0 else { return }
    let current = state.encounter.completion ?? (delta > 0 ? -1 : count)
    state.encounter.completion = ((current + delta) % count + count) % count
  }

  private func updateCompletions(_ state: inout AppState) {
    let text = state.encounter.entryText
    state.encounter.completions = text.count < 2 ? [] : state.catalog.search(text, limit: 6)
    state.encounter.completion = nil
  }

  /// Adds the typed code: the completion chosen with Tab or the arrows; else as typed when it is a
  /// code or has the makings of one (a typo such as `iM54.5` is added as typed, so its finding says
  /// so, rather than replaced by whatever a search for it ranks first); else, for words
  /// (`low back pain`), the first completion.
  private func submitEntry(_ state: inout AppState) {
    let text = state.encounter.entryText.trimmingCharacters(in: " ")
    guard !text.isEmpty else { return }
    var code = CodeInput.normalize(text)
    if let chosen = state.encounter.completion, let key = state.encounter.completions[safe: chosen],
      let entry = state.catalog.entry(key)
    {
      code = entry.code
    }
    let looksLikeCode = text.first?.isLetter == true && text.dropFirst().first?.isNumber == true && !text.contains(" ")
    let isWords = text.contains(" ") || !text.contains(where: \.isNumber)
    if state.encounter.completion == nil, state.catalog.resolve(text) == nil, !looksLikeCode, isWords,
      let first = state.encounter.completions.first,
      let entry = state.catalog.entry(first)
    {
      code = entry.code
    }
    state.encounter.entryText = ""
    state.encounter.completions = []
    state.encounter.completion = nil
    addCode(code, &state)
    state.encounter.cursor = .entry
  }

  /// Removes the code under the cursor.
  func removeSelectedCode(_ state: inout AppState) {
    guard case .code(let i) = state.encounter.cursor else { return }
    recordUndo("remove \(state.encounter.draft.codes[i])", &state)
    let removed = state.encounter.draft.codes.remove(at: i)
    if !state.encounter.draft.codes.contains(removed) {
      state.encounter.draft.unrelated.removeAll { $0.involves(removed) }
    }
    if state.encounter.draft.codes.isEmpty {
      state.encounter.cursor = .entry
    } else {
      state.encounter.cursor = .code(min(i, state.encounter.draft.codes.count - 1))
    }
    recheck(&state)
    state.message = StatusMessage("Removed \(removed).")
  }

  /// Moves the code under the cursor up or down in the sequence.
  func moveSelectedCode(by delta: Int, _ state: inout AppState) {
    guard case .code(let i) = state.encounter.cursor else { return }
    let j = i + delta
    guard state.encounter.draft.codes.indices.contains(j) else { return }
    recordUndo("move \(state.encounter.draft.codes[i]) \(delta < 0 ? "up" : "down")", &state)
    state.encounter.draft.codes.swapAt(i, j)
    state.encounter.cursor = .code(j)
    recheck(&state)
  }

  /// Asks for the reason to mark the selected Excludes1 pair unrelated, or
  /// removes the mark when the pair already has one.
  func askUnrelated(_ state: inout AppState) {
    guard case .finding(let i) = state.encounter.cursor, let f = state.encounter.report.findings[safe: i],
      f.isExcludes1Pair
    else {
      state.message = StatusMessage("Select an Excludes1 finding to mark its pair unrelated.", isError: true)
      return
    }
    let (a, b) = (f.codes[0], f.codes[1])
    if state.encounter.draft.unrelated.contains(where: { $0.matches(a, b) }) {
      recordUndo("unmark \(a) and \(b)", &state)
      state.encounter.draft.unrelated.removeAll { $0.matches(a, b) }
      recheck(&state)
      state.message = StatusMessage("\(a) and \(b) are no longer marked unrelated.")
      return
    }
    state.prompt = PromptState(kind: .unrelatedReason(a, b))
  }

  /// Records an unrelated pair with its reason.
  func markUnrelated(_ a: String, _ b: String, reason: String, _ state: inout AppState) {
    recordUndo("mark \(a) and \(b) unrelated", &state)
    state.encounter.draft.unrelated.removeAll { $0.matches(a, b) }
    state.encounter.draft.unrelated.append(UnrelatedOverride(a, b, reason: reason))
    recheck(&state)
    if let i = state.encounter.report.findings.firstIndex(where: { $0.isExcludes1Pair && Set($0.codes) == Set([a, b]) })
    {
      setEncounterCursor(.finding(i), &state)
    }
    state.message = StatusMessage("Marked \(a) and \(b) unrelated.")
  }

  /// Shows the selected finding or code in the detail pane and focuses it.
  func explainSelection(_ state: inout AppState) {
    if explainFindingPair(&state) { return }
    switch state.encounter.cursor {
    case .finding, .code:
      setEncounterCursor(state.encounter.cursor, &state)
      state.focus = .detail
    case .entry:
      submitEntry(&state)
    }
  }

  /// Sets (or cycles, when nil) the state of the selected checklist item.
  func setChecklistState(_ value: DocumentationAnswer?, _ state: inout AppState) {
    guard let item = state.encounter.report.checklist[safe: state.checklist.selected] else { return }
    state.encounter.draft.documentation[item.id] = value ?? item.state.next
    recheck(&state)
  }

  /// Opens a batch at its first encounter.
  func openBatch(_ file: BatchFile, _ state: inout AppState) {
    guard !file.encounters.isEmpty else {
      state.message = StatusMessage(
        "\(file.path): no encounters" + (file.problems.first.map { " (\($0))" } ?? ""), isError: true)
      return
    }
    state.encounter.batch = file
    loadBatchEncounter(0, &state)
    let skipped = file.problems.isEmpty ? "" : "; \(file.problems.count) line(s) skipped: \(file.problems[0])"
    state.message = StatusMessage(
      "Opened \(file.path): \(file.encounters.count) encounters\(skipped)", isError: !file.problems.isEmpty)
  }

  func loadBatchEncounter(_ index: Int, _ state: inout AppState) {
    guard let batch = state.encounter.batch, batch.encounters.indices.contains(index) else { return }
    state.encounter.batchIndex = index
    state.encounter.draft = batch.encounters[index]
    state.encounter.undo = EncounterUndo()
    state.encounter.cursor = .entry
    state.encounter.entryText = ""
    state.encounter.completions = []
    recheck(&state)
  }

  /// Keeps decisions made on the current batch encounter when moving on.
  private func saveBatchEncounter(_ state: inout AppState) {
    guard state.encounter.batch != nil else { return }
    state.encounter.batch?.encounters[state.encounter.batchIndex] = state.encounter.draft
  }

  /// Steps to the next or previous encounter of the batch.
  func stepBatch(by delta: Int, _ state: inout AppState) {
    if state.review.active { return reviewStep(delta, &state) }
    guard let batch = state.encounter.batch else {
      state.message = StatusMessage("No batch open: use :open FILE.", isError: true)
      return
    }
    let target = state.encounter.batchIndex + delta
    guard batch.encounters.indices.contains(target) else {
      state.message = StatusMessage(delta > 0 ? "Last encounter of the batch." : "First encounter of the batch.")
      return
    }
    saveBatchEncounter(&state)
    loadBatchEncounter(target, &state)
  }

  /// Steps to the next encounter that has an error finding.
  func stepBatchToError(_ state: inout AppState) {
    if state.review.active { return reviewStep(1, &state) { $0.errors > 0 } }
    guard let batch = state.encounter.batch else {
      state.message = StatusMessage("No batch open: use :open FILE.", isError: true)
      return
    }
    saveBatchEncounter(&state)
    for index in (state.encounter.batchIndex + 1)..<max(state.encounter.batchIndex + 1, batch.encounters.count) {
      let draft = batch.encounters[index]
      let selection =
        state.pinnedRelease.flatMap { environment.library.catalog(named: $0) }
        ?? environment.library.catalog(for: draft.date).catalog
      if environment.checker.check(draft, catalog: selection, releaseNote: nil).count(.error) > 0 {
        loadBatchEncounter(index, &state)
        return
      }
    }
    state.message = StatusMessage("No later encounter with an error.")
  }
}
