import CodingCore
import Foundation
import TestSupport

/// The `m54` executable built alongside the test bundle.
enum BuiltBinary {
  /// The repository root.
  static var root: URL { ShippedData.root }

  /// `m54` next to the test bundle (same build directory), if it was built.
  static let m54: URL? = BuiltProducts.executable("m54")

  /// The compiled-release cache the binary is pointed at.
  static var cacheFolder: URL { ShippedData.locator.cacheFolder }

  /// Compiles the shipped releases into the test cache once, in process, so that
  /// the binary starts without a first-run compilation inside the terminal.
  static let warmCache: Result<Void, Error> = Result { _ = try CodeSet.load(locator: ShippedData.locator) }

  /// A clean environment for the workbench: UTF-8, a 256-colour terminal, the
  /// test cache of compiled releases, and an empty config folder.
  static func environment(home: URL) -> [String: String] {
    [
      "LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": home.path,
      "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
      "M54_CACHE_DIR": cacheFolder.path,
      "PATH": "/usr/bin:/bin",
    ]
  }
}
