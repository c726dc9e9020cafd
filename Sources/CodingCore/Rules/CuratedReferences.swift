import Foundation

/// The curated mapping of text-only notes to code sets, loaded from `Data/curated-references.json`.
public struct CuratedReferences: Sendable {
  /// The entries, in file order.
  public let entries: [CuratedReference]

  /// Creates a mapping from entries.
  public init(entries: [CuratedReference]) { self.entries = entries }

  /// No curated mapping.
  public static let empty = CuratedReferences(entries: [])

  private struct File: Decodable {
    var schemaVersion: Int
    var entries: [CuratedReference]
    enum CodingKeys: String, CodingKey {
      case schemaVersion = "schema_version"
      case entries
    }
  }

  /// Reads a mapping file.
  public static func load(from url: URL) throws -> CuratedReferences {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ImportError(file: url.path, problem: "cannot read the curated references")
    }
    do {
      let file = try JSONDecoder().decode(File.self, from: data)
      guard file.schemaVersion == 1 else {
        throw ImportError(
          file: url.path, problem: "unsupported curated references schema_version \(file.schemaVersion)")
      }
      return CuratedReferences(entries: file.entries)
    } catch let error as DecodingError {
      throw ImportError(file: url.path, problem: "invalid curated references (\(ReleaseSource.describe(error)))")
    }
  }

  /// Finds `curated-references.json` beside or above the shipped release folders; empty when absent.
  public static func load(locator: DataLocator = .standard()) throws -> CuratedReferences {
    guard let url = RulesData.locate("curated-references.json", locator: locator) else { return .empty }
    return try load(from: url)
  }

  /// The node ranges of one written reference in a release (`S33.5-` → S33.5 and its subtree;
  /// `S32.0-S32.2` → S32.0 through the end of S32.2's subtree); nil when a code is missing.
  static func range(of reference: String, in release: Release) -> Range<NodeID>? {
    let trimmed = reference.trimmingCharacters(in: .whitespaces)
    var parts: [String] = []
    // Split "A-B" at a dash followed by a letter (a range), keeping "X.-" whole.
    var current = ""
    let chars = Array(trimmed)
    for (i, ch) in chars.enumerated() {
      if ch == "-", i + 1 < chars.count, chars[i + 1].isLetter {
        parts.append(current)
        current = ""
      } else {
        current.append(ch)
      }
    }
    parts.append(current)
    func clean(_ text: String) -> String {
      var t = text
      while t.hasSuffix("-") || t.hasSuffix(".") { t.removeLast() }
      return t
    }
    guard let first = parts.first, let start = release.lookup(clean(first)),
      let last = parts.last, let end = release.lookup(clean(last))
    else { return nil }
    return start..<release.subtreeEnd(end)
  }
}
