/// The source articles the checklist and some rules cite, as a reader knows them: a short title and
/// paragraph numbers instead of file names and line numbers ("seed 000:190" is "source article,
/// 'M54.50 coding', paragraph 103").
///
/// A paragraph is a non-empty line of the article (list items count one each); the table maps the
/// cited lines to their paragraphs.
public enum SourceArticle {
  /// The short titles by source id.
  static let titles: [String: String] = ["seed 000": "M54.50 coding", "seed 001": "M54.50 and Beyond"]

  /// The paragraph of each cited line, by source id.
  static let paragraphs: [String: [Int: Int]] = [
    "seed 000": [
      55: 25, 56: 26, 57: 27, 78: 35, 80: 37, 82: 39, 83: 40, 91: 43, 92: 44, 93: 45, 94: 46, 102: 49,
      103: 50, 104: 51, 105: 52, 125: 63, 126: 64, 127: 65, 128: 66, 129: 67, 130: 68, 136: 70, 137: 71,
      138: 72, 139: 73, 140: 74, 154: 83, 190: 103, 191: 104, 192: 105, 193: 106, 197: 108, 198: 109,
      201: 112, 280: 157, 282: 158, 284: 159, 286: 160, 296: 164, 554: 238, 556: 239, 563: 242, 639: 275,
      641: 277, 642: 278, 644: 280, 651: 283, 657: 287, 679: 296,
    ],
    "seed 001": [
      33: 18, 49: 26, 51: 27, 69: 37, 72: 39, 78: 43,
    ],
  ]

  /// "source article, 'M54.50 coding', paragraph 103" for a source id and lines; the tabular's file
  /// names read "official tabular"; other sources are returned as they are.
  public static func citation(source: String, lines: [Int]) -> String {
    guard let title = titles[source] else {
      if source.hasPrefix("icd10cm-tabular") { return "official tabular" }
      return lines.isEmpty ? source : "\(source), line \(lines.map(String.init).joined(separator: ", "))"
    }
    guard !lines.isEmpty else { return "source article, '\(title)'" }
    let found = lines.compactMap { paragraphs[source]?[$0] }
    guard found.count == lines.count else {
      return
        "source article, '\(title)', line\(lines.count == 1 ? "" : "s") \(lines.map(String.init).joined(separator: ", "))"
    }
    return
      "source article, '\(title)', paragraph\(found.count == 1 ? "" : "s") \(found.map(String.init).joined(separator: ", "))"
  }

  /// Rewrites a citation written as "seed 000:190, 296" or "seed 000:191-192" (ranges spelled out)
  /// into the reader's form; text after a ";" is kept.
  public static func readable(_ raw: String) -> String {
    let parts = raw.split(separator: ";", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    guard let head = parts.first, head.hasPrefix("seed "), let colon = head.firstIndex(of: ":") else { return raw }
    let source = String(head[..<colon])
    var lines: [Int] = []
    for item in head[head.index(after: colon)...].split(separator: ",") {
      let bounds = item.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
      if bounds.count == 2, bounds[0] <= bounds[1], bounds[1] - bounds[0] < 50 {
        lines += Array(bounds[0]...bounds[1])
      } else if let line = bounds.first {
        lines.append(line)
      }
    }
    let text = citation(source: source, lines: lines)
    return parts.count > 1 ? "\(text); \(parts[1])" : text
  }
}
