/// The detail pane: its subject, the selection among its selectable lines, and
/// the history of followed references.
public struct DetailState: Equatable, Sendable {
  public var subject: DetailSubject?
  /// Index among the selectable rows (notes and references).
  public var selected = 0
  /// First line shown.
  public var scroll = 0
  /// Node keys to go back to, most recent last.
  public var history: [String] = []
  /// Node keys gone back from, to walk forward again (`L`), most recent last.
  public var forward: [String] = []

  public init() {}
}
