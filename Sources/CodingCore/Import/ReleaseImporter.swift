import Foundation

/// Adds a release that a user downloaded from CDC to the user's release folder, after validating
/// it completely, without ever touching the releases already there.
public enum ReleaseImporter {
  /// The outcome of an import.
  public struct Result: Sendable {
    public var info: ReleaseInfo
    public var billableCount: Int
    /// Mismatches between the tree and the code list (both empty when they agree).
    public var missingFromTree: [String]
    public var extraInTree: [String]
  }

  /// Validates and imports a tabular XML file (gzipped or not) and an optional code list.
  ///
  /// - Parameters:
  ///   - id: the release identifier; default `FY<version>` (with `-April` when the file name says so).
  ///   - effectiveFrom, effectiveThrough: default the fiscal year of the tabular `<version>`.
  ///   - existing: identifiers already loaded, which an import may not reuse.
  public static func importRelease(
    tabular: URL, codeList: URL?, id: String?, effectiveFrom: ServiceDate?, effectiveThrough: ServiceDate?,
    existing: Set<String>, into folder: URL
  ) throws -> Result {
    for url in [tabular] + (codeList.map { [$0] } ?? []) where !FileManager.default.isReadableFile(atPath: url.path) {
      throw ImportError(file: url.path, problem: "no such readable file")
    }
    // Parse once just to read the version; a malformed or foreign file fails here.
    let xml = try GzipReader.read(tabular)
    let document = try TabularParser.parse(xml, fileName: tabular.path)
    guard let year = Int(document.version.prefix(4)), (2015...2100).contains(year) else {
      throw ImportError(
        file: tabular.path, problem: "the <version> element (\"\(document.version)\") is not a fiscal year")
    }
    let isApril = tabular.lastPathComponent.lowercased().contains("apr")
    let releaseID = id ?? "FY\(year)\(isApril ? "-April" : "")"
    guard releaseID.range(of: "^[A-Za-z0-9][A-Za-z0-9._-]*$", options: .regularExpression) != nil else {
      throw ImportError(
        file: tabular.path, problem: "the release id \"\(releaseID)\" may hold only letters, digits, . _ -")
    }
    // Ids are compared without case: `fy2026-APRIL` would otherwise stand in for FY2026-April.
    if let taken = existing.first(where: { $0.lowercased() == releaseID.lowercased() }) {
      let same = taken == releaseID ? "" : " (ids are compared without regard to case)"
      throw ImportError(
        file: tabular.path,
        problem: "a release \(taken) is already loaded\(same); choose another id with --id")
    }
    let from = effectiveFrom ?? ServiceDate(year: isApril ? year : year - 1, month: isApril ? 4 : 10, day: 1)
    let through = effectiveThrough ?? ServiceDate(year: year, month: 9, day: 30)
    guard let from, let through, from <= through else {
      throw ImportError(file: tabular.path, problem: "the effective dates are not a valid range")
    }
    let staging = folder.appendingPathComponent(".staging-\(releaseID)-\(ProcessInfo.processInfo.processIdentifier)")
    let target = folder.appendingPathComponent(releaseID)
    let fm = FileManager.default
    try? fm.removeItem(at: staging)
    do {
      try fm.createDirectory(at: staging, withIntermediateDirectories: true)
    } catch {
      throw ImportError(file: folder.path, problem: "cannot create the release folder (\(error.localizedDescription))")
    }
    defer { try? fm.removeItem(at: staging) }
    try fm.copyItem(at: tabular, to: staging.appendingPathComponent(tabular.lastPathComponent))
    if let codeList { try fm.copyItem(at: codeList, to: staging.appendingPathComponent(codeList.lastPathComponent)) }
    let info = ReleaseInfo(
      id: releaseID, effectiveFrom: from, effectiveThrough: through,
      tabular: "\(releaseID)/\(tabular.lastPathComponent)",
      codeList: codeList.map { "\(releaseID)/\($0.lastPathComponent)" })
    // Full compilation from the staged copy validates everything before anything is published.
    let staged = ReleaseSource(
      info: ReleaseInfo(
        id: releaseID, effectiveFrom: from, effectiveThrough: through, tabular: tabular.lastPathComponent,
        codeList: codeList?.lastPathComponent),
      folder: staging, isImported: true)
    let compiled: CompiledRelease
    do {
      compiled = try ReleaseCompiler.compile(
        info: staged.info, tabularURL: staged.tabularURL, codeListURL: staged.codeListURL)
    } catch var error as ImportError {
      // Name the file the user gave, not its staged copy (removed when this returns).
      if error.file == staged.tabularURL.path { error.file = tabular.path }
      if let codeList, error.file == staged.codeListURL?.path { error.file = codeList.path }
      throw error
    }
    var manifest = try ReleaseSource.manifest(in: folder, imported: true).map(\.info)
    manifest.removeAll { $0.id.lowercased() == releaseID.lowercased() }
    manifest.append(info)
    if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
    try fm.moveItem(at: staging, to: target)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let manifestURL = folder.appendingPathComponent("releases.json")
    let temporary = folder.appendingPathComponent(".releases.json.tmp")
    try encoder.encode(manifest).write(to: temporary)
    guard rename(temporary.path, manifestURL.path) == 0 else {
      throw ImportError(file: manifestURL.path, problem: "cannot update the release manifest")
    }
    let billable = compiled.flags.reduce(0) { $0 + ($1 & CompiledRelease.flagBillable != 0 ? 1 : 0) }
    return Result(
      info: info, billableCount: billable, missingFromTree: compiled.missingFromTree, extraInTree: compiled.extraInTree)
  }
}
