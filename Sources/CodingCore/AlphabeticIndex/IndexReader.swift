import Foundation

/// Reads an Alphabetic Index file in either form: the CDC XML (`icd10cm-index-*.xml`) or the
/// flattened CSV (`RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code`), gzipped or not.
public enum IndexReader {
  /// The rows of an index file, validated completely (first bad line reported with its number).
  static func rows(_ url: URL) throws -> [IndexRow] {
    guard FileManager.default.isReadableFile(atPath: url.path) else {
      throw ImportError(file: url.path, problem: "no such readable file")
    }
    let data = try GzipReader.read(url)
    let head = String(decoding: data.prefix(256), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    let bom = "\u{FEFF}"
    if head.hasPrefix("<") || head.hasPrefix(bom + "<") {
      return try IndexXMLParser.parse(data, fileName: url.path)
    }
    if head.hasPrefix("RowID") || head.hasPrefix(bom + "RowID") {
      return try IndexCSVParser.parse(data, fileName: url.path)
    }
    throw ImportError(
      file: url.path, line: 1,
      problem:
        "not an Alphabetic Index: expected the CDC index XML (<ICD10CM.index>) or the flattened CSV (header RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code)"
    )
  }

  /// The compiled store section of an index file.
  static func compile(_ url: URL, release: String) throws -> [UInt8] {
    try IndexCompiler.compile(rows(url), info: .init(release: release, file: url.lastPathComponent))
  }

  /// Validates an index file completely and returns how many terms it holds (main terms, all terms).
  public static func validate(_ url: URL) throws -> (mainTerms: Int, terms: Int) {
    let rows = try rows(url)
    return (rows.filter { $0.level == 0 }.count, rows.count)
  }
}
