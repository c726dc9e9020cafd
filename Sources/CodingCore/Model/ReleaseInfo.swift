/// What identifies a release of ICD-10-CM and when it applies.
public struct ReleaseInfo: Hashable, Sendable, Codable {
  /// The stable identifier, e.g. `FY2026-April`.
  public var id: String
  /// The first date of service the release applies to.
  public var effectiveFrom: ServiceDate
  /// The last date of service the release applies to.
  public var effectiveThrough: ServiceDate
  /// The tabular XML file name, relative to the release's folder.
  public var tabular: String
  /// The code list or order file name, relative to the release's folder, when one is known.
  public var codeList: String?
  /// The Alphabetic Index file name (flattened CSV or CDC XML, gzipped or not), when the release has one.
  public var index: String?

  /// Creates release information.
  public init(
    id: String, effectiveFrom: ServiceDate, effectiveThrough: ServiceDate, tabular: String,
    codeList: String?, index: String? = nil
  ) {
    self.id = id
    self.effectiveFrom = effectiveFrom
    self.effectiveThrough = effectiveThrough
    self.tabular = tabular
    self.codeList = codeList
    self.index = index
  }

  /// Whether a date of service falls within the release's effective dates.
  public func covers(_ date: ServiceDate) -> Bool { effectiveFrom <= date && date <= effectiveThrough }

  /// The number of days between a date and the release's effective range (0 when covered).
  public func distance(to date: ServiceDate) -> Int {
    if date < effectiveFrom { return effectiveFrom.dayNumber - date.dayNumber }
    if effectiveThrough < date { return date.dayNumber - effectiveThrough.dayNumber }
    return 0
  }
}
