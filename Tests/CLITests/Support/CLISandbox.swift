import Foundation
import TestSupport

/// A temporary HOME with its own XDG folders for one run of `m54`, and the placeholders that make
/// its output independent of where it ran.
struct CLISandbox {
  /// The temporary folder (removed by `remove()`).
  let folder: URL

  /// The repository root.
  static var root: URL { ShippedData.root }

  /// The test fixtures.
  static var fixtures: URL { root.appendingPathComponent("Tests/CLITests/Fixtures") }

  /// The compiled-release cache shared by every test target.
  static var cache: URL { ShippedData.locator.cacheFolder }

  /// Creates the folder and its XDG subfolders.
  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-cli-\(UUID().uuidString.prefix(8))")
    for sub in ["home", "config", "data", "cache"] {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
  }

  /// The environment of a run: nothing inherited, no terminal, fixed width for help texts.
  var environment: [String: String] {
    [
      "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "COLUMNS": "100",
      "HOME": folder.appendingPathComponent("home").path,
      "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
      "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
      "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
      "M54_CACHE_DIR": Self.cache.path,
    ]
  }

  /// Replaces `{TMP}`, `{FIXTURES}` and `{BATCH}` (the 10,000-encounter fixture, unpacked here on first use).
  func expand(_ argument: String) throws -> String {
    var text = argument
    if text.contains("{BATCH}") {
      let batch = folder.appendingPathComponent("encounters-10000.csv")
      if !FileManager.default.fileExists(atPath: batch.path) {
        guard let data = Gzip.read(Self.fixtures.appendingPathComponent("encounters-10000-mixed-dates.csv.gz"))
        else { throw CLIProcess.Failure(description: "cannot read the encounters fixture") }
        try data.write(to: batch)
      }
      text = text.replacingOccurrences(of: "{BATCH}", with: batch.path)
    }
    return text.replacingOccurrences(of: "{TMP}", with: folder.path)
      .replacingOccurrences(of: "{FIXTURES}", with: Self.fixtures.path)
  }

  /// Output with the sandbox, the cache and the repository root replaced by `<TMP>`, `<CACHE>`, `<ROOT>`,
  /// and today's date as a default date of service (`m54 index` without `--date`) by `<TODAY>`.
  func normalize(_ data: Data) -> String {
    String(decoding: data, as: UTF8.self)
      .replacingOccurrences(of: folder.path, with: "<TMP>")
      .replacingOccurrences(of: Self.cache.path, with: "<CACHE>")
      .replacingOccurrences(of: Self.root.path, with: "<ROOT>")
      .replacingOccurrences(of: "(date of service \(Self.today)", with: "(date of service <TODAY>")
  }

  /// Today's date in the local time zone (`YYYY-MM-DD`), as `m54` takes it by default.
  static var today: String {
    let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  /// Removes the folder.
  func remove() { try? FileManager.default.removeItem(at: folder) }
}
