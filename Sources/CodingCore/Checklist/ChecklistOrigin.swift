/// Where a derived checklist item comes from: its kind, the node that carries its source, and the
/// node to open to read that source (the note's carrier, or the siblings' parent).
public struct ChecklistOrigin: Sendable, Hashable, Codable {
  /// The kind of source.
  public var kind: String
  /// The code (or section id, chapter number) whose note or siblings the item comes from.
  public var carrier: String
  /// The carrier's level (`subcategory`, `category`, `section`, `chapter`, `code`).
  public var level: String
  /// The code to show in the detail pane (the carrier: its notes, or the parent: the siblings).
  public var target: String

  /// Creates an origin.
  public init(kind: String, carrier: String, level: String, target: String) {
    self.kind = kind
    self.carrier = carrier
    self.level = level
    self.target = target
  }

  /// For people: "sibling axis under M54.1", "Excludes1 at subcategory M54.1", "7th character table at category S39".
  public var summary: String {
    switch kind {
    case DerivedItemKind.siblingAxis.label: "\(kind) under \(carrier)"
    case DerivedItemKind.placeholder.label: "\(kind) (7th character table at \(level) \(carrier))"
    default: "\(kind) at \(level) \(carrier)"
    }
  }
}
