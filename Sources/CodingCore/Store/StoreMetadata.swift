import Foundation

/// The small JSON part of a compiled store: release information and validation results.
struct StoreMetadata: Encodable, Sendable {
  var info: ReleaseInfo
  var version: String
  var missingFromTree: [String]
  var extraInTree: [String]
}

extension StoreMetadata {
  /// Decodes the metadata JSON of a store.
  static func decode(_ bytes: [UInt8], source: String) throws -> StoreMetadata {
    // Read without JSONDecoder, whose first use costs a command's start-up dearly.
    func strings(_ v: JSONValue?) -> [String]? {
      guard let list = v?.arrayValue else { return nil }
      let texts = list.compactMap(\.stringValue)
      return texts.count == list.count ? texts : nil
    }
    guard let document = try? JSONValue.parse(bytes), let info = document["info"],
      let release = try? ReleaseInfo(json: info, path: "info"), let version = document["version"]?.stringValue,
      let missing = strings(document["missingFromTree"]), let extra = strings(document["extraInTree"])
    else { throw ImportError(file: source, problem: "corrupt compiled store metadata") }
    return StoreMetadata(info: release, version: version, missingFromTree: missing, extraInTree: extra)
  }
}
