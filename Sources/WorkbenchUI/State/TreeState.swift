/// The code tree: which nodes are expanded, the flattened visible rows, the selection.
public struct TreeState: Equatable, Sendable {
  /// Keys of expanded nodes.
  public var expanded: Set<String> = []
  /// The visible rows, derived from `expanded` by ``rebuild(catalog:)``.
  public private(set) var rows: [TreeRow] = []
  /// Index of the selected row.
  public var selected = 0
  /// Index of the first row shown.
  public var scroll = 0
  /// Set after a jump: the next viewport fit puts the selection in the upper third.
  public var centerOnSelection = false

  public init() {}

  /// The selected row's node key.
  public var selectedKey: String? { rows.indices.contains(selected) ? rows[selected].entry.key : nil }

  /// Recomputes the visible rows after expansion changes, keeping the selected node if visible.
  public mutating func rebuild(catalog: any CodeCatalog) {
    let keep = selectedKey
    var out: [TreeRow] = []
    func walk(_ keys: [String], depth: Int) {
      for key in keys {
        guard let entry = catalog.entry(key) else { continue }
        let open = entry.hasChildren && expanded.contains(key)
        out.append(TreeRow(entry: entry, depth: depth, isExpanded: open))
        if open { walk(catalog.children(key), depth: depth + 1) }
      }
    }
    walk(catalog.roots, depth: 0)
    rows = out
    if let keep, let i = rows.firstIndex(where: { $0.entry.key == keep }) {
      selected = i
    } else {
      selected = min(selected, max(0, rows.count - 1))
    }
  }

  /// Expands every ancestor of a node and selects it.
  public mutating func reveal(_ key: String, catalog: any CodeCatalog) {
    for ancestor in catalog.path(to: key).dropLast() { expanded.insert(ancestor) }
    rebuild(catalog: catalog)
    if let i = rows.firstIndex(where: { $0.entry.key == key }) { selected = i }
    centerOnSelection = true
  }
}
