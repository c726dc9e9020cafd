import Foundation

/// Compiles releases into the cache folder once, and opens the compiled stores afterwards.
public struct ReleaseCache: Sendable {
  /// The folder holding `<release>-<fingerprint>.m54s` files.
  public var folder: URL

  /// Creates a cache over a folder.
  public init(folder: URL) { self.folder = folder }

  /// The store file of a release in its current state.
  public func storeURL(for source: ReleaseSource) -> URL {
    folder.appendingPathComponent("\(source.info.id)-\(source.fingerprint()).m54s")
  }

  /// Opens the compiled store of a release, compiling it first when the cache lacks it. When the
  /// cache folder cannot be written, the release is compiled in memory.
  public func open(_ source: ReleaseSource, compiling: (ReleaseSource) -> Void = { _ in }) throws -> Release {
    let url = storeURL(for: source)
    if FileManager.default.fileExists(atPath: url.path),
      let release = try? Release(buffer: StoreBuffer(mapping: url.path), source: url.path)
    {
      return release
    }
    compiling(source)
    let bytes = try ReleaseCache.compile(source)
    if (try? write(bytes, to: url, replacing: source)) != nil,
      let release = try? Release(buffer: StoreBuffer(mapping: url.path), source: url.path)
    {
      return release
    }
    return try Release(buffer: StoreBuffer(bytes: bytes), source: source.tabularURL.path)
  }

  /// The compiled store bytes of a release, from its official files.
  public static func compile(_ source: ReleaseSource) throws -> [UInt8] {
    let compiled = try ReleaseCompiler.compile(
      info: source.info, tabularURL: source.tabularURL, codeListURL: source.codeListURL)
    return try StoreWriter.write(compiled)
  }

  /// Writes a store atomically and removes the stale stores of the same release.
  private func write(_ bytes: [UInt8], to url: URL, replacing source: ReleaseSource) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    try Data(bytes).write(to: temporary)
    _ = try? FileManager.default.removeItem(at: url)
    try FileManager.default.moveItem(at: temporary, to: url)
    let stale = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in stale
    where name.hasPrefix("\(source.info.id)-") && name.hasSuffix(".m54s") && name != url.lastPathComponent {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }
}
