/// The release chosen for a date of service, and whether it is only the nearest one.
public struct ReleaseSelection: Sendable {
  /// The release in effect (or the nearest one).
  public var release: Release
  /// The date of service it was chosen for.
  public var date: ServiceDate
  /// True when no loaded release covers the date and the nearest was used.
  public var isApproximate: Bool
  /// True when the date falls before the oldest or after the newest loaded release: the release
  /// in effect is not loaded at all (a new CDC release to import), which is a warning.
  public var isOutsideLoaded = false

  /// The fiscal year of a date (`FY2027` from 2026-10-01 on).
  public static func fiscalYear(of date: ServiceDate) -> String {
    "FY\(date.month >= 10 ? date.year + 1 : date.year)"
  }

  /// A sentence explaining an approximate choice; nil when the release covers the date.
  public var note: String? {
    guard isApproximate else { return nil }
    let info = release.info
    if isOutsideLoaded {
      return
        "no release loaded for \(date) (\(Self.fiscalYear(of: date))); checked against \(info.id); import the CDC release with `m54 data import`"
    }
    return
      "No loaded release covers \(date); using \(info.id) (effective \(info.effectiveFrom) to \(info.effectiveThrough)), the nearest."
  }
}
