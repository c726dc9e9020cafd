import CodingCore
import Foundation
import TestSupport

/// The `m54` executable built alongside the test bundle, and the shipped releases compiled once.
enum BuiltM54 {
  /// `m54` next to the test bundle (same build directory), if it was built.
  static let url: URL? = {
    var candidates: [URL] = []
    if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
    let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    candidates.append(bundle.deletingLastPathComponent())
    for c in Bundle.allBundles.map(\.bundleURL) { candidates.append(c.deletingLastPathComponent()) }
    for folder in candidates {
      let url = folder.appendingPathComponent("m54")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
        FileManager.default.isExecutableFile(atPath: url.path)
      {
        return url
      }
    }
    return nil
  }()

  /// Compiles the shipped releases into the test cache once, in process, so that no case pays for it.
  static let warmCache: Result<Void, Error> = Result { _ = try CodeSet.load(locator: ShippedData.locator) }
}
