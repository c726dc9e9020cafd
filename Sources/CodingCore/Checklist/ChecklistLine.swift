/// A checklist item as it applies to one encounter: the item, the encounter codes it is for, the answer.
public struct ChecklistLine: Sendable, Hashable {
  /// The item.
  public var item: ChecklistItem
  /// The encounter's codes (dotted) the item applies to.
  public var codes: [String]
  /// The answer recorded on the encounter.
  public var answer: DocumentationAnswer

  /// Creates a line.
  public init(item: ChecklistItem, codes: [String], answer: DocumentationAnswer) {
    self.item = item
    self.codes = codes
    self.answer = answer
  }
}
