import CodingCore
import Foundation
import TestSupport

/// The `m54` executable built alongside the test bundle, and the shipped releases compiled once.
enum BuiltM54 {
  /// `m54` next to the test bundle (same build directory), if it was built.
  static let url: URL? = BuiltProducts.executable("m54")

  /// Compiles the shipped releases into the test cache once, in process, so that no case pays for it.
  static let warmCache: Result<Void, Error> = Result { _ = try CodeSet.load(locator: ShippedData.locator) }
}
