import Foundation

/// The small JSON part of a compiled store: release information and validation results.
struct StoreMetadata: Codable, Sendable {
  var info: ReleaseInfo
  var version: String
  var missingFromTree: [String]
  var extraInTree: [String]
}

extension StoreMetadata {
  /// Decodes the metadata JSON of a store.
  static func decode(_ bytes: [UInt8], source: String) throws -> StoreMetadata {
    do {
      return try JSONDecoder().decode(StoreMetadata.self, from: Data(bytes))
    } catch {
      throw ImportError(file: source, problem: "corrupt compiled store metadata")
    }
  }
}
