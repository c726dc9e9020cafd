/// Everything the screen shows, as plain values: the reducer changes it and
/// the renderer draws it.
public struct AppState: Sendable {
  /// Terminal size in cells.
  public var width: Int
  public var height: Int
  public var focus: PaneID = .tree
  /// The pane each slot shows (a pane opened in a slot replaces the usual one until closed).
  public var shown: [PaneSlot: PaneID] = PaneRegistry.defaults
  /// Whether the focused pane fills the screen alone.
  public var zoomed = false
  /// The release in use (chosen by date of service unless pinned).
  public var catalog: any CodeCatalog
  /// A release chosen with `:release`, overriding the date.
  public var pinnedRelease: String?
  public var tree = TreeState()
  public var detail = DetailState()
  public var encounter: EncounterState
  public var checklist = ChecklistState()
  public var index = IndexState()
  public var explain = ExplainState()
  public var matrix = MatrixState()
  public var lesson = LessonState()
  public var quiz = QuizState()
  /// The batch overview of a review, and the review behind it (nil: no review open).
  public var review = ReviewState()
  public var reviewBackend: (any ReviewBackend)?
  public var prompt: PromptState?
  public var help: HelpState?
  public var message: StatusMessage?
  /// The recent status-line messages, oldest first (`:messages`).
  public var messageLog: [StatusMessage] = []
  /// The selected message and the first line shown in the messages pane.
  public var messageLogScroll = 0
  public var messageLogScrollLine = 0
  /// The theme's name, for the title line.
  public var themeName = "default"
  /// Set when the user asked to quit.
  public var quitRequested = false

  public init(width: Int, height: Int, catalog: any CodeCatalog, encounter: EncounterState) {
    self.width = width
    self.height = height
    self.catalog = catalog
    self.encounter = encounter
  }

  /// The pane layout for the current size and focus.
  public var layout: WorkbenchLayout {
    WorkbenchLayout(width: width, height: height, focus: focus, shown: shown, zoomed: zoomed)
  }
}
