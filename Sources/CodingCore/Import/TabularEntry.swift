/// One node of the tabular tree while a release is being compiled.
struct TabularEntry: Sendable {
  /// Code, section id or chapter number as written ("M54.50", "M50-M54", "13").
  var code: String
  /// The title (`desc`).
  var title: String
  /// The node's level; subcategory versus code is settled once 7th characters are expanded.
  var kind: NodeKind
  /// The node's own notes in document order.
  var notes: [RawNote] = []
  /// Child entry indices in tabular order.
  var children: [Int] = []
  /// The parent entry index, or -1 for a chapter.
  var parent: Int = -1
  /// Whether the code exists only through an ancestor's `sevenChrDef`.
  var isGenerated = false
}
