import Foundation

/// A release as listed in a `releases.json` manifest: its information and where its files are.
public struct ReleaseSource: Sendable, Hashable {
  /// Identifier and effective dates.
  public var info: ReleaseInfo
  /// The folder holding the files.
  public var folder: URL
  /// Whether the release was imported by the user rather than shipped.
  public var isImported: Bool

  /// The tabular XML file.
  public var tabularURL: URL { folder.appendingPathComponent(info.tabular) }
  /// The code list or order file, if any.
  public var codeListURL: URL? { info.codeList.map { folder.appendingPathComponent($0) } }

  /// The Alphabetic Index file, if any.
  public var indexURL: URL? { info.index.map { folder.appendingPathComponent($0) } }

  /// Reads the manifest of a folder; a missing manifest lists nothing.
  public static func manifest(in folder: URL, imported: Bool) throws -> [ReleaseSource] {
    let url = folder.appendingPathComponent("releases.json")
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    let bytes: [UInt8]
    do { bytes = Array(try Data(contentsOf: url)) } catch {
      throw ImportError(file: url.path, problem: "cannot read the release manifest")
    }
    do {
      return try ReleaseInfo.manifest(bytes).map { ReleaseSource(info: $0, folder: folder, isImported: imported) }
    } catch {
      throw ImportError(file: url.path, problem: "invalid release manifest (\(error))")
    }
  }

  static func describe(_ error: DecodingError) -> String {
    switch error {
    case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
      .valueNotFound(_, let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    @unknown default:
      return "unreadable"
    }
  }

  /// A fingerprint of the source files (path, size, modification time) and the store format.
  func fingerprint() -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ text: String) {
      for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
    }
    mix("format \(StoreLayout.formatVersion)|\(info.id)|\(info.effectiveFrom)|\(info.effectiveThrough)")
    for url in [tabularURL] + [codeListURL, indexURL].compactMap({ $0 }) {
      // stat(2) directly: FileManager's attribute dictionary costs a command's start-up dearly.
      var info = stat()
      let found = stat(url.path, &info) == 0
      let size = found ? Int64(info.st_size) : -1
      let modified = found ? Int64(info.st_mtim.tv_sec) : 0
      mix("|\(url.lastPathComponent)|\(size)|\(modified)")
    }
    return String(hash, radix: 16)
  }
}
