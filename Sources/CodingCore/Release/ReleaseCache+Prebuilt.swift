import Foundation

extension ReleaseCache {
  /// Opens a release from a store compiled ahead of time, when one of ``prebuilt`` holds a store of
  /// exactly this name (same release, same source files, same store format).
  ///
  /// The store is linked (or copied) into the cache first, so it survives a clean of the build; when
  /// the cache cannot be written it is opened where it is. A store that does not open (damaged,
  /// foreign) is ignored and the release compiled as usual, so a prebuilt store can only save time.
  func openPrebuilt(_ source: ReleaseSource, as url: URL) -> Release? {
    let name = url.lastPathComponent
    for folder in prebuilt {
      let candidate = folder.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: candidate.path),
        let release = try? Release(buffer: StoreBuffer(mapping: candidate.path), source: candidate.path)
      else { continue }
      guard (try? adopt(candidate, as: url, replacing: source)) != nil,
        let cached = try? Release(buffer: StoreBuffer(mapping: url.path), source: url.path)
      else { return release }
      return cached
    }
    return nil
  }

  /// Puts a prebuilt store into the cache under its name: a hard link when both are on one file
  /// system, else a copy written atomically.
  private func adopt(_ prebuiltStore: URL, as url: URL, replacing source: ReleaseSource) throws {
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp.link\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    unlink(temporary.path)
    if link(prebuiltStore.path, temporary.path) == 0 {
      guard rename(temporary.path, url.path) == 0 else {
        unlink(temporary.path)
        throw ImportError(file: url.path, problem: "cannot place the prebuilt store")
      }
    } else {
      let bytes = try [UInt8](Data(contentsOf: prebuiltStore))
      try AtomicFile.write(bytes, to: url.path, mode: 0o644)
    }
    removeStale(keeping: url, of: source)
  }
}
