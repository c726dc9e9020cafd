import CodingCore
import Foundation
import TestSupport

/// The shipped releases for the core tests (see ``ShippedData``).
enum TestData {
  static var root: URL { ShippedData.root }
  static var locator: DataLocator { ShippedData.locator }
  static var codeSet: CodeSet { ShippedData.codeSet }

  /// A release by identifier (`FY2021`, `FY2025-April`, `FY2026-April`).
  static func release(_ id: String) -> Release {
    guard let release = codeSet.release(named: id) else { fatalError("no release \(id)") }
    return release
  }

  static var fy2021: Release { release("FY2021") }
  static var fy2025: Release { release("FY2025-April") }
  static var fy2026: Release { release("FY2026-April") }

  /// The node of a code that must exist.
  static func node(_ code: String, in release: Release) -> NodeID {
    guard let id = release.lookup(code) else { fatalError("\(code) missing in \(release.info.id)") }
    return id
  }
}
