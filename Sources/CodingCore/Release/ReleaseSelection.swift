/// The release chosen for a date of service, and whether it is only the nearest one.
public struct ReleaseSelection: Sendable {
  /// The release in effect (or the nearest one).
  public var release: Release
  /// The date of service it was chosen for.
  public var date: ServiceDate
  /// True when no loaded release covers the date and the nearest was used.
  public var isApproximate: Bool

  /// A sentence explaining an approximate choice; nil when the release covers the date.
  public var note: String? {
    guard isApproximate else { return nil }
    let info = release.info
    return
      "No loaded release covers \(date); using \(info.id) (effective \(info.effectiveFrom) to \(info.effectiveThrough)), the nearest."
  }
}
