/// Large letters three rows high, for the verdict on a projector (`:present`).
enum BlockLetters {
  /// The glyphs, three rows of three cells each.
  static let glyphs: [Character: [String]] = [
    "A": ["█▀█", "█▀█", "▀ ▀"], "B": ["█▀▄", "█▀▄", "▀▀ "], "C": ["█▀▀", "█  ", "▀▀▀"], "D": ["█▀▄", "█ █", "▀▀ "],
    "E": ["█▀▀", "█▀▀", "▀▀▀"], "F": ["█▀▀", "█▀▀", "▀  "], "G": ["█▀▀", "█ █", "▀▀▀"], "H": ["█ █", "█▀█", "▀ ▀"],
    "I": ["▀█▀", " █ ", "▀▀▀"], "L": ["█  ", "█  ", "▀▀▀"], "N": ["█▀█", "█ █", "▀ ▀"], "O": ["█▀█", "█ █", "▀▀▀"],
    "R": ["█▀█", "█▀▄", "▀ ▀"], "S": ["█▀▀", "▀▀█", "▀▀▀"], "T": ["▀█▀", " █ ", " ▀ "], "U": ["█ █", "█ █", "▀▀▀"],
    "X": ["█ █", "▄▀▄", "▀ ▀"], "Y": ["█ █", "▀█▀", " ▀ "], "1": ["▄█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"],
    "-": ["   ", "▀▀▀", "   "], " ": ["  ", "  ", "  "],
  ]

  /// The three rows of a text in large letters, or nil when a character has no glyph or the rows
  /// would be wider than `width` cells.
  static func rows(_ text: String, width: Int) -> [String]? {
    var rows = ["", "", ""]
    for (i, ch) in text.uppercased().enumerated() {
      guard let glyph = glyphs[ch] else { return nil }
      for r in 0..<3 { rows[r] += (i > 0 ? " " : "") + glyph[r] }
    }
    guard let first = rows.first, first.count <= width else { return nil }
    return rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }
  }
}
