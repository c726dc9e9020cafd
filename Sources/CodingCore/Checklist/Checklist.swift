import Foundation

/// The documentation checklist: items loaded from `Data/checklists.json`, indexed by the codes they apply to.
public struct Checklist: Sendable {
  /// Every item, in file order.
  public let items: [ChecklistItem]
  /// Item positions by code lookup key (`M5451` → the items for M54.51).
  private let byKey: [String: [Int]]

  /// Creates a checklist from items.
  public init(items: [ChecklistItem]) {
    self.items = items
    var index: [String: [Int]] = [:]
    for (n, item) in items.enumerated() {
      for code in item.appliesTo { index[CodeNormalizer.key(code), default: []].append(n) }
    }
    byKey = index
  }

  /// An empty checklist (no documentation findings).
  public static let empty = Checklist(items: [])

  /// The file layout: `{"schema_version": 1, "items": [...]}`.
  private struct File: Decodable {
    var schemaVersion: Int
    var items: [ChecklistItem]
    enum CodingKeys: String, CodingKey {
      case schemaVersion = "schema_version"
      case items
    }
  }

  /// Reads a checklist file.
  public static func load(from url: URL) throws -> Checklist {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ImportError(file: url.path, problem: "cannot read the checklist")
    }
    do {
      let file = try JSONDecoder().decode(File.self, from: data)
      guard file.schemaVersion == 1 else {
        throw ImportError(file: url.path, problem: "unsupported checklist schema_version \(file.schemaVersion)")
      }
      return Checklist(items: file.items)
    } catch let error as DecodingError {
      throw ImportError(file: url.path, problem: "invalid checklist (\(ReleaseSource.describe(error)))")
    }
  }

  /// Finds `checklists.json` beside or above the shipped release folders and loads it; empty when absent.
  public static func load(locator: DataLocator = .standard()) throws -> Checklist {
    guard let url = RulesData.locate("checklists.json", locator: locator) else { return .empty }
    return try load(from: url)
  }

  /// The item with an id.
  public func item(id: String) -> ChecklistItem? { items.first { $0.id == id } }

  /// Positions of the items that apply to a code (by lookup key).
  func itemIndices(forKey key: String) -> [Int] { byKey[key] ?? [] }

  /// The items that apply to any of the codes (as typed), each once, in file order, with the codes it is for.
  public func items(for codes: [String]) -> [(item: ChecklistItem, codes: [String])] {
    var hits: [Int: [String]] = [:]
    for code in codes {
      let key = CodeNormalizer.key(code)
      for n in itemIndices(forKey: key) where !(hits[n]?.contains(CodeNormalizer.dotted(key)) ?? false) {
        hits[n, default: []].append(CodeNormalizer.dotted(key))
      }
    }
    return hits.keys.sorted().map { (items[$0], hits[$0] ?? []) }
  }
}
