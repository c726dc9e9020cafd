import Foundation

/// Every loaded ICD-10-CM release, side by side: the entry point of the core library.
public final class CodeSet: Sendable {
  /// The releases in order of their effective dates.
  public let releases: [Release]
  /// Where each release came from, in the same order.
  public let sources: [ReleaseSource]
  /// Each release's effective dates as ordinals (see ``ordinal(_:)``), in the same order
  /// (``select(for:)`` runs on every encounter).
  private let spans: [(from: Int, through: Int)]

  /// A number that orders dates as they fall (not a day count).
  @inline(__always) static func ordinal(_ date: ServiceDate) -> Int { date.year << 9 | date.month << 5 | date.day }

  /// Creates a code set from opened releases.
  public init(releases: [Release], sources: [ReleaseSource]) {
    let order = releases.indices.sorted { releases[$0].info.effectiveFrom < releases[$1].info.effectiveFrom }
    self.releases = order.map { releases[$0] }
    self.sources = order.map { sources[$0] }
    spans = self.releases.map { (Self.ordinal($0.info.effectiveFrom), Self.ordinal($0.info.effectiveThrough)) }
  }

  /// Loads the shipped and imported releases through the compiled cache.
  ///
  /// - Parameter compiling: called before a release is compiled (first run, or changed files).
  public static func load(
    locator: DataLocator = .standard(), compiling: (ReleaseSource, Int, Int) -> Void = { _, _, _ in }
  ) throws -> CodeSet {
    var sources: [ReleaseSource] = []
    for folder in locator.releaseFolders { sources += try ReleaseSource.manifest(in: folder, imported: false) }
    sources += try ReleaseSource.manifest(in: locator.userReleaseFolder, imported: true)
    var seen = Set<String>()
    sources = sources.reversed().filter { seen.insert($0.info.id).inserted }.reversed()
    guard !sources.isEmpty else {
      throw ImportError(
        file: locator.releaseFolders.first?.path ?? "Data/icd10cm",
        problem: "no ICD-10-CM release found; set M54_DATA_DIR to the folder holding releases.json")
    }
    let cache = ReleaseCache(folder: locator.cacheFolder, prebuilt: locator.prebuiltFolders)
    var releases: [Release] = []
    for (n, source) in sources.enumerated() {
      releases.append(try cache.open(source) { compiling($0, n, sources.count) })
    }
    return CodeSet(releases: releases, sources: sources)
  }

  /// The most recent release.
  public var latest: Release {
    guard let last = releases.last else { preconditionFailure("a CodeSet always holds a release") }
    return last
  }

  /// A release by identifier, forgiving case and the April suffix (`fy2026`, `2026`, `FY2026-April`).
  public func release(named name: String) -> Release? {
    let wanted = name.lowercased().replacingOccurrences(of: " ", with: "")
    if let exact = releases.first(where: { $0.info.id.lowercased() == wanted }) { return exact }
    let short = wanted.hasPrefix("fy") ? String(wanted.dropFirst(2)) : wanted
    return releases.last { $0.info.id.lowercased().hasPrefix("fy" + short) }
  }

  /// The release in effect on a date of service, or the nearest one (flagged approximate).
  public func select(for date: ServiceDate) -> ReleaseSelection {
    let day = Self.ordinal(date)
    for i in spans.indices.reversed() where spans[i].from <= day && day <= spans[i].through {
      return ReleaseSelection(release: releases[i], date: date, isApproximate: false)
    }
    let nearest = releases.min { a, b in
      let (da, db) = (a.info.distance(to: date), b.info.distance(to: date))
      return da != db ? da < db : a.info.effectiveFrom > b.info.effectiveFrom
    }
    var selection = ReleaseSelection(release: nearest ?? latest, date: date, isApproximate: true)
    if let first = spans.first, let last = spans.last {
      selection.isOutsideLoaded = day < first.from || day > spans.map(\.through).max() ?? last.through
    }
    return selection
  }
}
