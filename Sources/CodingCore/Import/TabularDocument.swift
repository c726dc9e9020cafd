/// The tabular tree of one release as parsed from XML: chapters, sections, and diagnosis codes.
struct TabularDocument: Sendable {
  /// The `<version>` element, e.g. "2026".
  var version: String = ""
  /// All entries; chapters are listed in `roots`.
  var entries: [TabularEntry] = []
  /// Chapter entry indices in document order.
  var roots: [Int] = []

  /// Appends an entry under a parent (or as a chapter when `parent` is -1) and returns its index.
  @discardableResult
  mutating func append(_ entry: TabularEntry, under parent: Int) -> Int {
    var entry = entry
    entry.parent = parent
    let index = entries.count
    entries.append(entry)
    if parent >= 0 { entries[parent].children.append(index) } else { roots.append(index) }
    return index
  }
}
