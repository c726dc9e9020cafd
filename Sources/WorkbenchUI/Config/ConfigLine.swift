/// One meaningful line of a line-oriented config file, with comments removed.
struct ConfigLine {
  /// One-based line number.
  var number: Int
  /// The line without its comment and surrounding spaces; never empty.
  var content: String

  /// The non-empty lines of a file; `#` starts a comment unless it begins a `#rrggbb` colour.
  static func lines(of text: String) -> [ConfigLine] {
    var out: [ConfigLine] = []
    for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var line = Substring(raw)
      if let hash = commentStart(line) { line = line[..<hash] }
      let trimmed = line.trimmingCharacters(in: " \t\r")
      if !trimmed.isEmpty { out.append(ConfigLine(number: i + 1, content: trimmed)) }
    }
    return out
  }

  private static func commentStart(_ line: Substring) -> Substring.Index? {
    var previous: Character = " "
    for i in line.indices {
      let c = line[i]
      if c == "#", previous == " " || previous == "\t" {
        let next = line[line.index(after: i)...].prefix(6)
        let isColour =
          next.count == 6 && next.allSatisfy(\.isHexDigit)
          && (line.index(i, offsetBy: 7, limitedBy: line.endIndex).map { $0 == line.endIndex || line[$0] == " " }
            ?? false)
        if !isColour { return i }
      }
      previous = c
    }
    return nil
  }

  /// Splits the line into whitespace-separated words.
  var words: [String] { content.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }
}

extension StringProtocol {
  /// The string without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
