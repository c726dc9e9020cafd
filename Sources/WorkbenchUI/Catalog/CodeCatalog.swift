/// One release of the classification as the workbench sees it.
///
/// The workbench depends on this protocol rather than on the core library's
/// types so that panes can be rendered from any source; `CodingCoreCatalog` (in WorkbenchAdapters)
/// adapts the real releases.
public protocol CodeCatalog: Sendable {
  /// The release's short name (`FY2026`).
  var releaseName: String { get }
  /// Top-level nodes (chapters) in tabular order.
  var roots: [String] { get }
  /// The node with this key.
  func entry(_ key: String) -> CatalogEntry?
  /// Children of a node in tabular order.
  func children(_ key: String) -> [String]
  /// The parent of a node (nil for a chapter).
  func parent(_ key: String) -> String?
  /// Every note that applies: own first, then inherited from the nearest ancestor outwards.
  func notes(_ key: String) -> [CatalogNote]
  /// The node for a code typed by a user (`m5450`, ` M54.50 `), if it exists.
  func resolve(_ code: String) -> String?
  /// Node keys matching a query (code prefix or words), best first.
  func search(_ query: String, limit: Int) -> [String]
  /// The 7th characters that apply to a code, with their meanings.
  func seventhCharacters(_ key: String) -> [(character: String, meaning: String)]
}

extension CodeCatalog {
  /// The keys from the root to the node, inclusive.
  public func path(to key: String) -> [String] {
    var out = [key]
    var current = key
    while let p = parent(current), out.count < 32 {
      out.append(p)
      current = p
    }
    return out.reversed()
  }
}
