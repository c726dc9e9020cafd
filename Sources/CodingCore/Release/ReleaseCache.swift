import Foundation

/// Compiles releases into the cache folder once, and opens the compiled stores afterwards.
public struct ReleaseCache: Sendable {
  /// The folder holding `<release>-<fingerprint>.m54s` files.
  public var folder: URL

  /// Folders of stores compiled ahead of time, searched before compiling (see ``DataLocator/prebuiltFolders``).
  public var prebuilt: [URL]

  /// Creates a cache over a folder, seeded from folders of stores compiled ahead of time.
  public init(folder: URL, prebuilt: [URL] = []) {
    self.folder = folder
    self.prebuilt = prebuilt
  }

  /// Where the cache reports, in one line each, a damaged store it rebuilds and a folder it cannot
  /// write (standard error by default).
  nonisolated(unsafe) public static var report: (String) -> Void = { message in
    FileHandle.standardError.write(Data("m54: \(message)\n".utf8))
  }
  /// Whether the unwritable folder was reported in this process (it is reported once).
  nonisolated(unsafe) private static var reportedUnwritable = false

  /// The store file of a release in its current state.
  public func storeURL(for source: ReleaseSource) -> URL {
    folder.appendingPathComponent("\(source.info.id)-\(source.fingerprint()).m54s")
  }

  /// The release id of a store file name (`FY2026-April-3f2e2a2e6e387705.m54s` → `FY2026-April`),
  /// or nil for a name the cache does not write: the id must be followed by one dash and a
  /// fingerprint of 1 to 16 lower-case hexadecimal digits.
  public static func releaseID(ofStore name: String) -> String? {
    guard name.hasSuffix(".m54s"), let dash = name.dropLast(5).lastIndex(of: "-") else { return nil }
    let id = name[..<dash]
    let fingerprint = name[name.index(after: dash)..<name.index(name.endIndex, offsetBy: -5)]
    guard !id.isEmpty, (1...16).contains(fingerprint.count),
      fingerprint.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) })
    else { return nil }
    return String(id)
  }

  /// Opens the compiled store of a release, compiling it first when the cache lacks it or holds a
  /// damaged one (reported in one line). When the cache folder cannot be written, the release is
  /// compiled in memory and that is reported once.
  public func open(_ source: ReleaseSource, compiling: (ReleaseSource) -> Void = { _ in }) throws -> Release {
    let url = storeURL(for: source)
    if FileManager.default.fileExists(atPath: url.path) {
      do {
        return try Release(buffer: StoreBuffer(mapping: url.path), source: url.path)
      } catch let damage as StoreDamage {
        Self.report("\(damage); rebuilding it from \(source.info.id)'s source files")
      } catch {
        Self.report("\(error); rebuilding it from \(source.info.id)'s source files")
      }
    }
    if let release = openPrebuilt(source, as: url) { return release }
    compiling(source)
    let bytes = try ReleaseCache.compile(source)
    do {
      try write(bytes, to: url, replacing: source)
      return try Release(buffer: StoreBuffer(mapping: url.path), source: url.path)
    } catch {
      if !Self.reportedUnwritable {
        Self.reportedUnwritable = true
        Self.report(
          "cannot keep compiled stores in \(folder.path) (\(error)); working from memory, which compiles the releases on every run (set M54_CACHE_DIR to a writable folder)"
        )
      }
    }
    return try Release(buffer: StoreBuffer(bytes: bytes), source: source.tabularURL.path)
  }

  /// The compiled store bytes of a release, from its official files.
  public static func compile(_ source: ReleaseSource) throws -> [UInt8] {
    var compiled = try ReleaseCompiler.compile(
      info: source.info, tabularURL: source.tabularURL, codeListURL: source.codeListURL)
    if let indexURL = source.indexURL {
      compiled.alphabeticIndex = try IndexReader.compile(indexURL, release: source.info.id)
    }
    return try StoreWriter.write(compiled)
  }

  /// Writes a store atomically (a temporary file with an unpredictable name, removed on failure)
  /// and removes the stale stores of exactly the same release, and temporary files of writers
  /// stopped more than an hour ago.
  private func write(_ bytes: [UInt8], to url: URL, replacing source: ReleaseSource) throws {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw ImportError(file: folder.path, problem: "cannot create the folder")
    }
    try AtomicFile.write(bytes, to: url.path, mode: 0o644)
    removeStale(keeping: url, of: source)
  }

  /// Removes the other stores of exactly the same release, and temporary files of writers stopped
  /// more than an hour ago.
  func removeStale(keeping url: URL, of source: ReleaseSource) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let hourAgo = Date().addingTimeInterval(-3600)
    for name in names where name != url.lastPathComponent {
      let path = folder.appendingPathComponent(name).path
      if Self.releaseID(ofStore: name) == source.info.id {
        unlink(path)
      } else if name.hasPrefix("."), name.contains(".m54s.tmp."),
        let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
        modified < hourAgo
      {
        unlink(path)
      }
    }
  }
}
