import CodingCore
import Foundation
import WorkbenchUI

/// The shipped releases and a ready workbench session for render tests.
enum Fixtures {
  /// The repository root.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The shipped data, with compiled stores cached under `.build`.
  static let locator = DataLocator(
    releaseFolders: [root.appendingPathComponent("Data/icd10cm")],
    userReleaseFolder: root.appendingPathComponent(".build/m54-test-no-user-releases"),
    cacheFolder: root.appendingPathComponent(".build/m54-test-cache"))

  /// All shipped releases, loaded once.
  static let library: CodingCoreLibrary = {
    do {
      return CodingCoreLibrary(codeSet: try CodeSet.load(locator: locator))
    } catch {
      fatalError("cannot load the shipped releases: \(error)")
    }
  }()

  /// The rules engine over the shipped releases, checklist and curated references.
  static let checker: RulesEngineChecker = {
    do {
      return RulesEngineChecker(
        engine: try RulesEngine.load(codeSet: library.codeSet, locator: locator), library: library)
    } catch {
      fatalError("cannot load the rules data: \(error)")
    }
  }()

  /// A fixed date of service in FY2026-April.
  static let date = ServiceDate(iso: "2026-05-01") ?? .today()

  /// The environment with the default key map.
  static func environment(keyMap: KeyMap = .defaults) -> WorkbenchEnvironment {
    WorkbenchEnvironment(library: library, checker: checker, keyMap: keyMap)
  }

  /// A session at a size, opened on the M54 tree.
  static func session(width: Int = 120, height: Int = 40, keyMap: KeyMap = .defaults) -> WorkbenchSession {
    WorkbenchSession(
      environment: environment(keyMap: keyMap), width: width, height: height, date: date,
      themeLoader: ThemeLoader(folders: [root.appendingPathComponent("Themes").path]))
  }
}
