import CodingCore
import Foundation
import TestSupport
import WorkbenchAdapters
import WorkbenchUI

/// The shipped releases and a ready workbench session for render tests.
enum Fixtures {
  static var root: URL { ShippedData.root }
  static var locator: DataLocator { ShippedData.locator }

  /// All shipped releases, loaded once.
  static let library = CodingCoreLibrary(codeSet: ShippedData.codeSet)

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
