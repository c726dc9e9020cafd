/// A restriction on a code reference, as written after "with" in a note.
///
/// Understood forms: `7th character B` (also `with 7th character A or B`), character positions
/// (`fifth character 4`, `fifth or sixth character 1-9`), and subdivision suffixes
/// (`.17, .27, .97`). Any other wording restricts nothing and is kept as text.
public struct ReferenceQualifier: Hashable, Sendable {
  /// The qualifier as written.
  public var text: String
  /// 1-based character positions (over the code without dot) and the characters allowed there.
  public var positions: [Int]
  public var characters: Set<Character>
  /// Subdivision suffixes that must follow the category (`17` for `.17`).
  public var suffixes: [String]

  /// Parses qualifier text.
  public init(_ text: String) {
    self.text = text
    positions = []
    characters = []
    suffixes = []
    let lower = text.lowercased()
    let words = lower.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    let ordinals = ["fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "7th": 7, "6th": 6, "5th": 5, "4th": 4]
    for word in words {
      if let position = ordinals[word] { positions.append(position) }
    }
    if lower.hasPrefix("."), !words.isEmpty {
      suffixes = words.filter { $0.hasPrefix(".") }.map { String($0.dropFirst()).uppercased() }
        .map { $0.replacingOccurrences(of: "-", with: "") }
      positions = []
      return
    }
    guard !positions.isEmpty, let at = words.firstIndex(where: { $0.hasPrefix("character") }) else {
      positions = []
      return
    }
    for word in words[(at + 1)...] where word != "or" && word != "and" {
      let parts = word.split(separator: "-")
      if parts.count == 2, let a = parts[0].first, let b = parts[1].first, parts[0].count == 1, parts[1].count == 1,
        let av = a.asciiValue, let bv = b.asciiValue, av <= bv
      {
        for v in av...bv { characters.insert(Character(Unicode.Scalar(v)).uppercased().first ?? "?") }
      } else if word.count == 1, let c = word.first {
        characters.insert(Character(c.uppercased()))
      } else {
        break
      }
    }
    if characters.isEmpty { positions = [] }
  }

  /// Whether a code (lookup key, no dot) satisfies the qualifier.
  public func admits(key: String) -> Bool {
    if !suffixes.isEmpty {
      let tail = key.dropFirst(3)
      return suffixes.contains { tail.hasPrefix($0) }
    }
    guard !positions.isEmpty else { return true }
    let chars = Array(key)
    return positions.contains { $0 <= chars.count && characters.contains(chars[$0 - 1]) }
  }
}
