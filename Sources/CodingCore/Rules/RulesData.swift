import Foundation

/// Locates the rules engine's data files (`checklists.json`, `curated-references.json`).
enum RulesData {
  /// The file in a shipped release folder or its parent (`Data/icd10cm/../checklists.json`), if any.
  static func locate(_ name: String, locator: DataLocator) -> URL? {
    for folder in locator.releaseFolders {
      for candidate in [
        folder.appendingPathComponent(name), folder.deletingLastPathComponent().appendingPathComponent(name),
      ]
      where FileManager.default.fileExists(atPath: candidate.path) {
        return candidate
      }
    }
    return nil
  }
}
