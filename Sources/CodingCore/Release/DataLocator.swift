import Foundation

/// Where M54 finds the shipped releases, the user's imported releases and its compiled cache.
public struct DataLocator: Sendable {
  /// Folders holding a `releases.json` manifest and the release files, searched in order.
  public var releaseFolders: [URL]
  /// The folder where `m54 data import` stores releases (also searched).
  public var userReleaseFolder: URL
  /// The folder of compiled stores.
  public var cacheFolder: URL
  /// Folders of stores compiled ahead of time (by the build), copied into the cache instead of
  /// compiling when a store of the same name (release and fingerprint) is there.
  public var prebuiltFolders: [URL] = []

  /// Creates a locator from explicit folders (tests use temporary ones).
  public init(releaseFolders: [URL], userReleaseFolder: URL, cacheFolder: URL) {
    self.releaseFolders = releaseFolders
    self.userReleaseFolder = userReleaseFolder
    self.cacheFolder = cacheFolder
  }

  /// The standard locations, from the environment:
  /// - shipped data: `$M54_DATA_DIR`, else `<binary>/../share/m54/icd10cm`, else the source tree's `Data/icd10cm`;
  /// - imported releases: `$XDG_DATA_HOME/m54/releases` (default `~/.local/share/m54/releases`);
  /// - compiled cache: `$M54_CACHE_DIR`, else `$XDG_CACHE_HOME/m54` (default `~/.cache/m54`).
  /// - stores compiled ahead of time: `prebuilt` (the build's folder, which `m54` knows).
  public static func standard(environment: [String: String] = processEnvironment(), prebuilt: [URL] = [])
    -> DataLocator
  {
    let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
    var shipped: [URL] = []
    if let dir = environment["M54_DATA_DIR"], !dir.isEmpty {
      shipped.append(URL(fileURLWithPath: dir))
    } else {
      let installed = parent(parent(executablePath())) + "/share/m54/icd10cm"
      let sourceTree = parent(parent(parent(parent(#filePath)))) + "/Data/icd10cm"
      for candidate in [installed, sourceTree] where access(candidate + "/releases.json", F_OK) == 0 {
        shipped.append(URL(fileURLWithPath: candidate, isDirectory: true))
        break
      }
    }
    let dataHome =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
      ?? home.appendingPathComponent(".local/share")
    let cacheHome =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
      ?? home.appendingPathComponent(".cache")
    let cache =
      environment["M54_CACHE_DIR"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
      ?? cacheHome.appendingPathComponent("m54")
    var locator = DataLocator(
      releaseFolders: shipped, userReleaseFolder: dataHome.appendingPathComponent("m54/releases"),
      cacheFolder: cache)
    locator.prebuiltFolders = prebuilt
    return locator
  }

  /// The variables ``standard(environment:prebuilt:)`` reads, from the process's environment (read
  /// one by one: the whole environment as a dictionary costs a command's start-up dearly).
  public static func processEnvironment() -> [String: String] {
    var values: [String: String] = [:]
    for name in ["HOME", "M54_DATA_DIR", "XDG_DATA_HOME", "XDG_CACHE_HOME", "M54_CACHE_DIR"] {
      if let value = getenv(name) { values[name] = String(cString: value) }
    }
    return values
  }

  /// The running executable's path with symbolic links resolved (`/proc/self/exe` where there is
  /// one, else the first argument).
  static func executablePath() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if n > 0 { return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    return URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().path
  }

  /// A path without its last component (`/a/b/c` → `/a/b`, `/a` → `/`, `c` → `.`).
  static func parent(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }
}
