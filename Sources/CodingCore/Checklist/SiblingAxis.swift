/// What tells a code apart from its siblings: the words of its title that the sibling titles lack.
///
/// Titles under one parent share words ("Radiculopathy, … region"); the words that differ name the
/// axis the record must document (region, side, acuity, with/without, type). Nothing is invented:
/// every phrase is cut out of an official title.
struct SiblingAxis: Sendable, Equatable {
  /// What the axis is about.
  enum Kind: Sendable, Equatable {
    /// The code names one value of the axis ("side documented as right").
    case specified
    /// The code is the unspecified member ("the record does not state the side").
    case unspecified
    /// The code is the "other" member: a value no sibling names.
    case other
  }

  var kind: Kind
  /// The checklist sentence.
  var text: String
  /// The axis name (`side`, `region`, `site`, `acuity`, `type`, or empty for with/without).
  var axis: String

  /// Words that name a side.
  static let sideWords: Set<String> = ["right", "left", "bilateral"]
  /// Words that name an acuity.
  static let acuityWords: Set<String> = ["acute", "chronic", "subacute", "on", "and", "recurrent"]
  /// Nouns that name the axis itself when they follow or end the differing words.
  static let axisNouns: Set<String> = ["side", "site", "region", "level", "type"]
  /// The most siblings a sentence lists.
  static let siblingLimit = 12

  /// A title split into words, each with its comparison form (lower case, without trailing punctuation).
  struct Words: Sendable {
    var raw: [Substring]
    var keys: [String]
    init(_ title: String) {
      raw = title.split(separator: " ")
      keys = raw.map { word in
        var w = word.lowercased()
        while let last = w.last, last == "," || last == ";" || last == ":" { w.removeLast() }
        return w
      }
    }
  }

  /// How many times each word occurs in every title of a family (the least count over the titles):
  /// "Migraine without aura, …, without status migrainosus" shares one "without" with its sibling.
  static func commonCounts(_ titles: [Words]) -> [String: Int] {
    var common: [String: Int]?
    for title in titles {
      var counts: [String: Int] = [:]
      for key in title.keys { counts[key, default: 0] += 1 }
      if let previous = common {
        var next: [String: Int] = [:]
        for (key, count) in counts { if let c = previous[key] { next[key] = min(c, count) } }
        common = next
      } else {
        common = counts
      }
    }
    return common ?? [:]
  }

  /// The positions of a title's words beyond the family's common counts.
  static func differing(_ words: Words, common: [String: Int]) -> [Int] {
    var used: [String: Int] = [:]
    return words.keys.indices.filter { i in
      let key = words.keys[i]
      used[key, default: 0] += 1
      return (used[key] ?? 0) > (common[key] ?? 0)
    }
  }

  /// The differing span of one title against the words common to all titles of the family.
  static func span(_ words: Words, common: [String: Int]) -> Range<Int>? {
    let differing = differing(words, common: common)
    guard let first = differing.first, var last = differing.last else { return nil }
    // "with"/"without" differ alone: the clause they open is the axis ("without neurogenic claudication").
    if differing.contains(where: { words.keys[$0] == "with" || words.keys[$0] == "without" }) {
      while last + 1 < words.raw.count, !words.raw[last].hasSuffix(",") { last += 1 }
      return first..<(last + 1)
    }
    // Words apart ("Pain disorder exclusively related to …"): only the whole title reads well.
    return last - first + 1 == differing.count ? first..<(last + 1) : 0..<words.raw.count
  }

  /// The phrase of a span as shown (trailing punctuation removed, a capitalised first word lowered).
  static func phrase(_ words: Words, _ span: Range<Int>, dropping noun: String? = nil) -> String {
    var parts = Array(words.raw[span]).map(String.init)
    var keys = Array(words.keys[span])
    if let noun, keys.count > 1, keys.last == noun {
      parts.removeLast()
      keys.removeLast()
    }
    // "of head and neck" beside "intrathoracic": the preposition is not part of the value.
    if keys.count > 1, ["of", "in", "at"].contains(keys[0]) {
      parts.removeFirst()
      keys.removeFirst()
    }
    var text = parts.joined(separator: " ")
    while let last = text.last, last == "," || last == ";" || last == ":" { text.removeLast() }
    if let first = text.first, first.isUppercase {
      let head = text.prefix { $0 != " " }
      let rest = head.dropFirst()
      if rest.contains(where: \.isLowercase), rest.allSatisfy({ !$0.isUppercase }) {
        text = first.lowercased() + text.dropFirst()
      }
    }
    return text
  }

  /// Whether a span's words say "unspecified" ("site unspecified", "not specified", "NOS").
  static func isUnspecified(_ keys: ArraySlice<String>) -> Bool {
    if keys.contains("unspecified") || keys.contains("nos") { return true }
    return zip(keys, keys.dropFirst()).contains { $0 == "not" && $1 == "specified" }
  }

  /// The axis of the first of `titles` against the others (a code and its siblings, in tabular
  /// order), or nil for a code without siblings (see ``SiblingFamily/axis(of:bodyChapters:)``).
  static func derive(titles: [String], bodyChapters: Bool = false) -> SiblingAxis? {
    SiblingFamily(titles: titles).axis(of: 0, bodyChapters: bodyChapters)
  }
}
