import CodingCore
import WorkbenchUI

/// A ``CodeCatalog`` over one release of the core library.
///
/// Node keys are the release's node ids written in decimal, so that sections
/// and chapters have keys too and lookups need no string search.
public struct CodingCoreCatalog: CodeCatalog {
  /// The wrapped release.
  public let release: Release

  public init(release: Release) { self.release = release }

  public var releaseName: String { release.info.id }

  public var roots: [String] { release.chapters.map(Self.key) }

  /// The key of a node.
  public static func key(_ id: NodeID) -> String { String(id.rawValue) }

  /// The node of a key, if it is one of this release.
  public func node(_ key: String) -> NodeID? {
    guard let raw = Int32(key), raw >= 0, Int(raw) < release.nodeCount else { return nil }
    return NodeID(raw)
  }

  public func entry(_ key: String) -> CatalogEntry? {
    guard let id = node(key) else { return nil }
    let kind: CatalogNodeKind =
      switch release.kind(id) {
      case .chapter: .chapter
      case .section: .section
      case .category: .category
      case .subcategory: .subcategory
      case .code: .code
      }
    let billable = release.isBillable(id)
    return CatalogEntry(
      key: key, code: release.code(id), title: release.title(id), kind: kind, isBillable: billable,
      hasChildren: release.subtreeEnd(id).rawValue > id.rawValue + 1,
      needsSeventhCharacter: !billable && release.requiresSeventhCharacter(id))
  }

  public func children(_ key: String) -> [String] {
    node(key).map { release.children($0).map(Self.key) } ?? []
  }

  public func parent(_ key: String) -> String? {
    node(key).flatMap { release.parent($0) }.map(Self.key)
  }

  public func notes(_ key: String) -> [CatalogNote] {
    guard let id = node(key) else { return [] }
    return release.applicableNotes(id).compactMap { applied in
      guard applied.note.kind != .sevenChrDef else { return nil }
      return CatalogNote(
        kind: Self.kind(applied.note.kind), text: applied.note.text, carrier: applied.carrierCode,
        level: applied.level.levelName, isOwn: applied.carrier == id,
        references: applied.note.references.map { ref in
          CatalogReference(label: ref.text, target: ref.nodes.map { Self.key($0.lowerBound) })
        })
    }
  }

  public func resolve(_ code: String) -> String? {
    release.lookup(code).map(Self.key)
  }

  public func search(_ query: String, limit: Int) -> [String] {
    release.search(query, limit: limit).map { Self.key($0.node) }
  }

  public func seventhCharacters(_ key: String) -> [(character: String, meaning: String)] {
    guard let id = node(key), let table = release.sevenCharacterTable(id) else { return [] }
    return table.entries.map { (String($0.character), $0.meaning) }
  }

  private static func kind(_ kind: NoteKind) -> CatalogNoteKind {
    switch kind {
    case .includes: .includes
    case .inclusionTerm: .inclusionTerm
    case .excludes1: .excludes1
    case .excludes2: .excludes2
    case .codeFirst: .codeFirst
    case .useAdditionalCode: .useAdditionalCode
    case .codeAlso: .codeAlso
    case .notes: .notes
    case .sevenChrNote: .sevenChrNote
    case .sevenChrDef: .sevenChrDef
    }
  }
}
