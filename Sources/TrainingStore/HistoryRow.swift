/// Past results of one question kind or one tag.
public struct HistoryRow: Sendable, Hashable {
  /// `kind` or `tag`.
  public var group: String
  /// The kind or tag.
  public var name: String
  /// Questions answered.
  public var answered: Int
  /// Of which right.
  public var correct: Int

  /// Creates a row.
  public init(group: String, name: String, answered: Int, correct: Int) {
    self.group = group
    self.name = name
    self.answered = answered
    self.correct = correct
  }

  /// The share answered right (0 to 1).
  public var ratio: Double { answered == 0 ? 0 : Double(correct) / Double(answered) }
}
