import CodingCore
import Foundation

/// Small hand-written tabular releases, imported into a temporary folder and loaded as a code set, for
/// what the official data never shows (a header that becomes billable, a reference that does not resolve).
struct TinyReleases {
  /// The temporary folder holding the imported releases and their compiled stores.
  let folder: URL
  /// The loaded releases, in import order.
  let codeSet: CodeSet

  /// Imports each `(file name, XML)` in order and loads them.
  init(_ files: [(name: String, xml: String)]) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-tiny-\(UUID().uuidString.prefix(8))")
    let releases = folder.appendingPathComponent("releases")
    try FileManager.default.createDirectory(at: releases, withIntermediateDirectories: true)
    var ids: Set<String> = []
    for file in files {
      let url = folder.appendingPathComponent(file.name)
      try Data(file.xml.utf8).write(to: url)
      let result = try ReleaseImporter.importRelease(
        tabular: url, codeList: nil, id: nil, effectiveFrom: nil, effectiveThrough: nil, existing: ids, into: releases)
      ids.insert(result.info.id)
    }
    codeSet = try CodeSet.load(
      locator: DataLocator(
        releaseFolders: [], userReleaseFolder: releases, cacheFolder: folder.appendingPathComponent("cache")))
  }

  /// Removes the folder.
  func remove() { try? FileManager.default.removeItem(at: folder) }

  /// A tabular file of one chapter, one section and the given `<diag>` elements.
  static func tabular(version: String, diags: String) -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <ICD10CM.tabular>
      <version>\(version)</version>
      <chapter>
        <name>1</name>
        <desc>Test chapter (A00-A09)</desc>
        <section id="A00-A09">
          <desc>Test section (A00-A09)</desc>
          \(diags)
        </section>
      </chapter>
    </ICD10CM.tabular>
    """
  }
}
