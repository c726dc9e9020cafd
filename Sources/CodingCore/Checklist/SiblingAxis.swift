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

  /// The axis of each title of a family (a code and its siblings, in tabular order), or nil for a
  /// code without siblings. `titles[0]` is the code's own title. `bodyChapters`: the code is an
  /// injury or musculoskeletal code (S, T, M), where "of …"/"in …" names a body site (in other
  /// chapters it may name a vehicle or an agent, and the axis stays "type").
  static func derive(titles: [String], bodyChapters: Bool = false) -> SiblingAxis? {
    guard titles.count > 1 else { return nil }
    let words = titles.map(Words.init)
    let common = commonCounts(words)
    guard let own = span(words[0], common: common) else {
      // Every word of the title is in a sibling's too ("Acute sinusitis, unspecified" beside "Acute
      // recurrent sinusitis, unspecified"): the record must not say what the siblings add.
      let added = words.dropFirst().compactMap { w in span(w, common: common).map { phrase(w, $0) } }
      guard !added.isEmpty else { return nil }
      let list = added.prefix(siblingLimit).joined(separator: ", ")
      return SiblingAxis(
        kind: .specified,
        text: "documented without what the siblings add (\(added.count == 1 ? "sibling" : "siblings"): \(list))",
        axis: "type")
    }
    let ownKeys = words[0].keys[own]
    let positions = differing(words[0], common: common)
    let differingKeys = positions.map { words[0].keys[$0] }
    let siblingSpans = words.dropFirst().map { w in (w, span(w, common: common)) }
    let siblingsNameSides = siblingSpans.contains { w, s in
      s.map { !sideWords.isDisjoint(with: w.keys[$0]) } ?? false
    }
    let next = own.upperBound < words[0].keys.count ? words[0].keys[own.upperBound] : nil
    let before = own.lowerBound > 0 ? words[0].keys[own.lowerBound - 1] : nil

    var axis = "type"
    let unspecified = isUnspecified(differingKeys[...])
    if !sideWords.isDisjoint(with: differingKeys) || (unspecified && siblingsNameSides) {
      axis = "side"
    } else if ownKeys.first == "with" || ownKeys.first == "without" {
      axis = ""
    } else if let last = ownKeys.last, axisNouns.contains(last) {
      axis = last  // "lumbar region"
    } else if unspecified, let noun = ownKeys.first(where: { axisNouns.contains($0) }) {
      axis = noun  // "site unspecified"
    } else if let next, axisNouns.contains(next) {
      axis = next  // "lumbar" before a common "region"
    } else if ownKeys.allSatisfy({ acuityWords.contains($0) }) && !ownKeys.allSatisfy({ $0 == "and" || $0 == "on" }) {
      axis = "acuity"
    } else if (before == "of" || before == "in") && bodyChapters {
      axis = "site"  // "Strain of muscle, fascia and tendon of lower back"
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

    if unspecified {
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
      // The side, then any other differing words ("displaced", "upper limb"), as the title says them.
      let sides = positions.map { words[0].keys[$0] }.filter { sideWords.contains($0) }
      let others = positions.filter { !sideWords.contains(words[0].keys[$0]) && words[0].keys[$0] != "side" }
        .map { words[0].keys[$0] }
      var text = "side documented as \(sides.joined(separator: " "))"
      if !others.isEmpty {
        text += "; other title words that differ from the siblings: \(others.joined(separator: ", "))"
      }
      return SiblingAxis(kind: .specified, text: text, axis: axis)
    case "":
      return SiblingAxis(kind: .specified, text: "documented \(value) (\(siblings))", axis: "with/without")
    default:
      return SiblingAxis(kind: .specified, text: "\(axis) documented as \(value) (\(siblings))", axis: axis)
    }
  }
}
