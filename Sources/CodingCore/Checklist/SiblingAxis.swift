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
  private static let sideWords: Set<String> = ["right", "left", "bilateral"]
  /// Words that name an acuity.
  private static let acuityWords: Set<String> = ["acute", "chronic", "subacute", "on", "and", "recurrent"]
  /// Nouns that name the axis itself when they follow or end the differing words.
  private static let axisNouns: Set<String> = ["side", "site", "region", "level", "type"]
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

  /// The differing span of one title against the words common to all titles of the family.
  static func span(_ words: Words, common: Set<String>) -> Range<Int>? {
    let differing = words.keys.indices.filter { !common.contains(words.keys[$0]) }
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
    var text = parts.joined(separator: " ")
    while let last = text.last, last == "," || last == ";" || last == ":" { text.removeLast() }
    if let first = text.first, first.isUppercase {
      let head = text.prefix { $0 != " " }
      if head.dropFirst().allSatisfy({ !$0.isUppercase }) { text = first.lowercased() + text.dropFirst() }
    }
    return text
  }

  /// Whether a span's words say "unspecified" ("site unspecified", "not specified", "NOS").
  static func isUnspecified(_ keys: ArraySlice<String>) -> Bool {
    if keys.contains("unspecified") || keys.contains("nos") { return true }
    return zip(keys, keys.dropFirst()).contains { $0 == "not" && $1 == "specified" }
  }

  /// The axis of each title of a family (a code and its siblings, in tabular order), or nil for a
  /// code without siblings. `titles[0]` is the code's own title.
  static func derive(titles: [String]) -> SiblingAxis? {
    guard titles.count > 1 else { return nil }
    let words = titles.map(Words.init)
    var common = Set(words[0].keys)
    for w in words.dropFirst() { common.formIntersection(w.keys) }
    guard let own = span(words[0], common: common) else { return nil }
    let ownKeys = words[0].keys[own]
    let siblingSpans = words.dropFirst().map { w in (w, span(w, common: common)) }
    let siblingsNameSides = siblingSpans.contains { w, s in
      s.map { !sideWords.isDisjoint(with: w.keys[$0]) } ?? false
    }
    let next = own.upperBound < words[0].keys.count ? words[0].keys[own.upperBound] : nil
    let before = own.lowerBound > 0 ? words[0].keys[own.lowerBound - 1] : nil

    var axis = "type"
    if !sideWords.isDisjoint(with: ownKeys) || (isUnspecified(ownKeys) && siblingsNameSides) {
      axis = "side"
    } else if let noun = ownKeys.first(where: { axisNouns.contains($0) }) {
      axis = noun
    } else if let next, axisNouns.contains(next) {
      axis = next
    } else if ownKeys.allSatisfy({ acuityWords.contains($0) }) && !ownKeys.allSatisfy({ $0 == "and" || $0 == "on" }) {
      axis = "acuity"
    } else if ownKeys.first == "with" || ownKeys.first == "without" {
      axis = ""
    } else if before == "of" || before == "in" {
      axis = "site"
    }

    var siblingPhrases: [String] = []
    var unspecifiedPhrases: [String] = []
    for (w, s) in siblingSpans {
      guard let s else { continue }
      let text = phrase(w, s, dropping: axis == "region" ? "region" : nil)
      if isUnspecified(w.keys[s]) { unspecifiedPhrases.append(text) } else { siblingPhrases.append(text) }
    }
    let all = siblingPhrases + unspecifiedPhrases
    var list = all.prefix(siblingLimit).joined(separator: ", ")
    if all.count > siblingLimit { list += ", … (\(all.count - siblingLimit) more)" }
    let siblings = all.count == 1 ? "sibling: \(list)" : "siblings: \(list)"

    if isUnspecified(ownKeys) {
      let stated = axis.isEmpty ? "type" : axis
      let text =
        stated == "side"
        ? "the record does not state the side; query if it can"
        : "the record does not state the \(stated); query if it can (\(siblings))"
      return SiblingAxis(kind: .unspecified, text: text, axis: stated)
    }
    if Array(ownKeys) == ["other"] {
      return SiblingAxis(
        kind: .other, text: "a \(axis.isEmpty ? "type" : axis) documented that no sibling names (\(siblings))",
        axis: axis)
    }
    let value = phrase(words[0], own, dropping: axis == "region" ? "region" : nil)
    switch axis {
    case "side":
      let sides = ownKeys.filter { sideWords.contains($0) }
      let pure = ownKeys.allSatisfy { sideWords.contains($0) || $0 == "side" } && sides.count == 1
      let text =
        pure ? "side documented as \(sides[0])" : "side documented as \(sides.joined(separator: " ")) (\(value))"
      return SiblingAxis(kind: .specified, text: text, axis: axis)
    case "":
      return SiblingAxis(kind: .specified, text: "documented \(value) (\(siblings))", axis: "with/without")
    default:
      return SiblingAxis(kind: .specified, text: "\(axis) documented as \(value) (\(siblings))", axis: axis)
    }
  }
}
