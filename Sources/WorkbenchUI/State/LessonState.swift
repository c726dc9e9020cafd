import CodingCore

/// The lesson pane: the scenario, whether live checks show, the last grade, and the projector mode.
public struct LessonState: Sendable {
  /// The scenario being worked on, if any.
  public var scenario: Scenario?
  /// The grade of the last `:grade`, if any.
  public var grade: LessonGrade?
  /// Whether the encounter pane shows its live findings (`:hints on|off`).
  public var hints = true
  /// First line shown.
  public var scroll = 0
  /// Whether `:present` is on (the focused pane alone, the projector theme, the verdict large).
  public var presenting = false
  /// The theme to return to when presenting ends.
  public var themeBeforePresenting: String?

  public init() {}
}
