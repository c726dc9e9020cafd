import CodingCore

/// The workbench without a terminal: state, reducer, theme and effects.
///
/// A backend feeds it input events and draws ``render()``; tests do the same
/// with key sequences and compare the rendered text.
public struct WorkbenchSession: Sendable {
  public private(set) var state: AppState
  public let reducer: Reducer
  /// The theme as defined (before degrading to the terminal's colours).
  public private(set) var theme: Theme
  /// Finds themes for `:theme`.
  public var themeLoader: ThemeLoader
  /// Set when a full repaint is needed (resize, theme change, Ctrl-L).
  public var needsFullRedraw = false
  /// The exit status once the user quit.
  public private(set) var exitStatus: Int32?
  /// Set when the user pressed Ctrl-Z: the terminal runner suspends the process, then clears it.
  public var suspendRequested = false
  /// Whether `:open` reads a batch on a thread of its own (the terminal workbench), shown with its
  /// progress in the status line until ``pollBackgroundWork()`` opens it; Esc cancels it. Off, a
  /// batch is read at once (tests driving the session step by step).
  public var loadsInBackground = false
  /// The batch being read in the background.
  public private(set) var batchLoad: BatchLoader?
  private var shownPercent: Int?
  /// The percentage of the review's first check last drawn (nil: no check running).
  private var shownCheckPercent: Int?

  /// Opens the workbench on the M54 tree with an empty encounter.
  public init(
    environment: WorkbenchEnvironment, width: Int, height: Int, date: ServiceDate = .today(),
    theme: Theme = .builtInDefault, themeLoader: ThemeLoader = ThemeLoader(folders: [])
  ) {
    reducer = Reducer(environment: environment)
    self.theme = theme
    self.themeLoader = themeLoader
    let (catalog, _) = environment.library.catalog(for: date)
    let draft = Encounter(date: date, codes: [])
    let report = EncounterReport(release: catalog.releaseName)
    var state = AppState(
      width: width, height: height, catalog: catalog, encounter: EncounterState(draft: draft, report: report))
    state.themeName = theme.name
    state.tree.rebuild(catalog: catalog)
    if let m54 = catalog.resolve("M54") {
      state.tree.reveal(m54, catalog: catalog)
      state.tree.expanded.insert(m54)
      state.tree.rebuild(catalog: catalog)
      state.detail.subject = .node(m54)
    }
    self.state = state
    reducer.recheck(&self.state)
    _ = reducer.reduce(&self.state, .resize(width: width, height: height))
  }

  /// Applies an action and performs its effects (Esc while a batch loads cancels the load).
  public mutating func send(_ action: Action) {
    // Esc while a batch loads cancels the load.
    if let load = batchLoad, case .key(.escape) = action {
      load.cancel()
      batchLoad = nil
      state.message = StatusMessage("Loading \(SafeText.echo(load.path)) cancelled.")
      return
    }
    for effect in reducer.reduce(&state, action) { perform(effect) }
  }

  /// Opens a review on the batch already loaded: the overview shows, at the remembered position.
  public mutating func openReview(_ backend: any ReviewBackend) {
    state.reviewBackend = backend
    send(.reviewOpened)
    if let check = backend.checkProgress {
      shownCheckPercent = -1
      state.message = StatusMessage(ReviewCheckBar.text(done: check.done, total: check.total))
    }
  }

  /// Redraws the progress of the review's first check when it moved; says when it ended.
  private mutating func pollReviewCheck() -> Bool {
    guard shownCheckPercent != nil, let review = state.reviewBackend else { return false }
    guard let check = review.checkProgress else {
      shownCheckPercent = nil
      if !state.review.checkCancelled { reducer.reviewCheckEnded(&state) }
      return true
    }
    let percent = check.total <= 0 ? 100 : check.done * 100 / check.total
    guard percent != shownCheckPercent else { return false }
    shownCheckPercent = percent
    if state.message?.text.hasPrefix(ReviewCheckBar.prefix) == true {
      state.message = StatusMessage(ReviewCheckBar.text(done: check.done, total: check.total))
    }
    return true
  }

  /// Sends an input event.
  public mutating func handle(_ event: InputEvent) {
    switch event {
    case .key(let k): send(.key(k))
    case .mouse(let m): send(.mouse(m))
    case .resize(let w, let h): send(.resize(width: w, height: h))
    }
  }

  /// Sends keys written in key map notation, separated by spaces (`"j j <Enter>"`);
  /// a word that is not a key is typed character by character.
  public mutating func press(_ keys: String) {
    for word in keys.split(separator: " ") {
      if let key = KeyNotation.parse(String(word)) {
        send(.key(key))
      } else {
        for c in word { send(.key(.character(c))) }
      }
    }
  }

  /// Types text literally, one key per character (spaces included).
  public mutating func type(_ text: String) {
    for c in text { send(.key(.character(c))) }
  }

  /// Shows a message (e.g. configuration problems found at start-up).
  public mutating func report(_ diagnostics: [ConfigDiagnostic]) {
    guard let first = diagnostics.first else { return }
    let more = diagnostics.count > 1 ? " (+\(diagnostics.count - 1) more, listed on exit)" : ""
    send(.showMessage(StatusMessage(first.description + more, isError: true)))
  }

  /// Opens a batch whose background read has finished, or shows how far it has come; true when
  /// the screen changed. The run loop calls it while it waits for input.
  public mutating func pollBackgroundWork() -> Bool {
    let checkMoved = pollReviewCheck()
    guard let load = batchLoad else { return checkMoved }
    if let result = load.result {
      batchLoad = nil
      switch result {
      case .success(let file): send(.batchLoaded(file))
      case .failure(let failure): state.message = StatusMessage(failure.description, isError: true)
      }
      return true
    }
    guard let percent = load.percent, percent != shownPercent else { return checkMoved }
    shownPercent = percent
    state.message = StatusMessage("Loading \(SafeText.echo(load.path))… \(percent)% (Esc cancels)")
    return true
  }

  /// Renders the current state.
  public func render() -> ScreenBuffer { WorkbenchRenderer.render(state, keyMap: reducer.environment.keyMap) }

  /// Renders into an existing buffer, reusing its storage.
  public func render(into buffer: inout ScreenBuffer) {
    WorkbenchRenderer.render(state, keyMap: reducer.environment.keyMap, into: &buffer)
  }

  private mutating func perform(_ effect: Effect) {
    switch effect {
    case .quit(let status):
      exitStatus = status
    case .redraw:
      needsFullRedraw = true
    case .suspend:
      suspendRequested = true
      needsFullRedraw = true
    case .loadTheme(let name):
      switch themeLoader.load(name) {
      case .success(let loaded):
        theme = loaded.theme
        state.themeName = loaded.theme.name
        needsFullRedraw = true
        if loaded.diagnostics.isEmpty {
          state.message = StatusMessage("Theme \(loaded.theme.name).")
        } else {
          report(loaded.diagnostics)
        }
      case .failure(let failure):
        state.message = StatusMessage(failure.description, isError: true)
      }
    case .openBatch(let path) where loadsInBackground:
      batchLoad?.cancel()
      batchLoad = BatchLoader(path: path)
      shownPercent = nil
      state.message = StatusMessage("Loading \(SafeText.echo(path))… (Esc cancels)")
    case .openBatch(let path):
      switch BatchFileReader.read(path: path) {
      case .success(let file): send(.batchLoaded(file))
      case .failure(let failure): state.message = StatusMessage(failure.description, isError: true)
      }
    }
  }
}
