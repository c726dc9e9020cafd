import Foundation

/// Adds an Alphabetic Index (CDC XML or flattened CSV) to a release, after validating it completely,
/// without touching anything when it is not valid.
public enum IndexImporter {
  /// The outcome of an import.
  public struct Result: Sendable {
    /// The release that now carries the index.
    public var release: String
    public var mainTerms: Int
    public var terms: Int
  }

  /// Whether a file is an index rather than a tabular: its name says so (`icd10cm-index-2026.xml`,
  /// `index-2025-april-flattened.csv.gz`) or it is a CSV.
  public static func looksLikeIndex(_ url: URL) -> Bool {
    let name = url.lastPathComponent.lowercased()
    return name.contains("index") || name.hasSuffix(".csv") || name.hasSuffix(".csv.gz")
  }

  /// The release an index file is for when none is named: the loaded release of the fiscal year
  /// its name gives (`-april` preferred when the name says so), else nil.
  public static func defaultRelease(for url: URL, among ids: [String]) -> String? {
    let name = url.lastPathComponent.lowercased()
    guard let range = name.range(of: "20[0-9][0-9]", options: .regularExpression) else { return nil }
    let year = name[range]
    let matching = ids.filter { $0.lowercased().hasPrefix("fy\(year)") }
    if name.contains("apr"), let april = matching.last(where: { $0.lowercased().contains("april") }) { return april }
    return matching.last
  }

  /// Validates `file` and makes it the index of `release`, in the user's release folder `folder`.
  /// A shipped release is copied into the folder (tabular and code list) with the index beside it.
  public static func importIndex(_ file: URL, release: ReleaseSource, into folder: URL) throws -> Result {
    let rows = try IndexReader.rows(file)
    let fm = FileManager.default
    let id = release.info.id
    let target = folder.appendingPathComponent(id)
    do {
      try fm.createDirectory(at: target, withIntermediateDirectories: true)
    } catch {
      throw ImportError(file: folder.path, problem: "cannot create the release folder (\(error.localizedDescription))")
    }
    func place(_ source: URL) throws -> String {
      let name = "\(id)/\(source.lastPathComponent)"
      let destination = folder.appendingPathComponent(name)
      guard source.standardizedFileURL.path != destination.standardizedFileURL.path else { return name }
      let temporary = target.appendingPathComponent(".\(source.lastPathComponent).\(getpid()).tmp")
      try? fm.removeItem(at: temporary)
      try fm.copyItem(at: source, to: temporary)
      guard rename(temporary.path, destination.path) == 0 else {
        try? fm.removeItem(at: temporary)
        throw ImportError(file: destination.path, problem: "cannot write the file")
      }
      return name
    }
    var info = release.info
    if !release.isImported {
      info.tabular = try place(release.tabularURL)
      if let codeList = release.codeListURL { info.codeList = try place(codeList) }
    }
    info.index = try place(file)
    var manifest = try ReleaseSource.manifest(in: folder, imported: true).map(\.info)
    if let at = manifest.firstIndex(where: { $0.id == id }) { manifest[at] = info } else { manifest.append(info) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let manifestURL = folder.appendingPathComponent("releases.json")
    let temporary = folder.appendingPathComponent(".releases.json.\(getpid()).tmp")
    try encoder.encode(manifest).write(to: temporary)
    guard rename(temporary.path, manifestURL.path) == 0 else {
      throw ImportError(file: manifestURL.path, problem: "cannot update the release manifest")
    }
    return Result(release: id, mainTerms: rows.filter { $0.level == 0 }.count, terms: rows.count)
  }
}
