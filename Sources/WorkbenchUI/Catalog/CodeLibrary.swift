import CodingCore

/// All releases available to the workbench, choosing one per date of service.
public protocol CodeLibrary: Sendable {
  /// The names of the releases, oldest first.
  var releaseNames: [String] { get }
  /// The release in effect on a date, with a note when the date is outside all releases.
  func catalog(for date: ServiceDate) -> (catalog: any CodeCatalog, note: String?)
  /// A release by name (`FY2025`, `2025`, case-insensitive), if shipped.
  func catalog(named name: String) -> (any CodeCatalog)?
}
