/// The titles of one parent's children, split and compared once, so that each member's
/// ``SiblingAxis`` costs work in proportion to the family, not to its square.
///
/// Everything a member's axis reads of its siblings (their words beyond the family's common counts,
/// the phrases those spans show, whether they name a side or say "unspecified") depends on the whole
/// family only, so it is computed here once; ``axis(of:bodyChapters:)`` then gives the same axis that
/// comparing the member's title with its siblings' from scratch would.
struct SiblingFamily {
  /// Each member's title, split.
  let words: [SiblingAxis.Words]
  /// How many times each word occurs in every title (the least count over the titles).
  let common: [String: Int]
  /// Each member's differing span, if any.
  let spans: [Range<Int>?]
  /// Each member's span as shown, as is and with a trailing "region" dropped.
  private let phrases: [String?]
  private let regionPhrases: [String?]
  /// Whether each member's span says "unspecified", and whether it names a side.
  private let spanIsUnspecified: [Bool]
  private let spanNamesSide: [Bool]
  /// How many members' spans name a side.
  private let sideNamingCount: Int

  /// Splits and compares the titles of a family, in tabular order.
  init(titles: [String]) {
    words = titles.map(SiblingAxis.Words.init)
    common = SiblingAxis.commonCounts(words)
    let common = common
    spans = words.map { SiblingAxis.span($0, common: common) }
    var phrases: [String?] = []
    var regionPhrases: [String?] = []
    var spanIsUnspecified: [Bool] = []
    var spanNamesSide: [Bool] = []
    for (w, s) in zip(words, spans) {
      phrases.append(s.map { SiblingAxis.phrase(w, $0) })
      regionPhrases.append(s.map { SiblingAxis.phrase(w, $0, dropping: "region") })
      spanIsUnspecified.append(s.map { SiblingAxis.isUnspecified(w.keys[$0]) } ?? false)
      spanNamesSide.append(s.map { !SiblingAxis.sideWords.isDisjoint(with: w.keys[$0]) } ?? false)
    }
    self.phrases = phrases
    self.regionPhrases = regionPhrases
    self.spanIsUnspecified = spanIsUnspecified
    self.spanNamesSide = spanNamesSide
    sideNamingCount = spanNamesSide.filter { $0 }.count
  }

  /// The axis of one member against the others, or nil for a family of one. `bodyChapters`: the
  /// code is an injury or musculoskeletal code (S, T, M), where "of …"/"in …" names a body site (in
  /// other chapters it may name a vehicle or an agent, and the axis stays "type").
  func axis(of member: Int, bodyChapters: Bool = false) -> SiblingAxis? {
    guard words.count > 1 else { return nil }
    let others = words.indices.filter { $0 != member }
    let mine = words[member]
    guard let own = spans[member] else {
      // Every word of the title is in a sibling's too ("Acute sinusitis, unspecified" beside "Acute
      // recurrent sinusitis, unspecified"): the record must not say what the siblings add.
      let added = others.compactMap { phrases[$0] }
      guard !added.isEmpty else { return nil }
      let list = added.prefix(SiblingAxis.siblingLimit).joined(separator: ", ")
      return SiblingAxis(
        kind: .specified,
        text: "documented without what the siblings add (\(added.count == 1 ? "sibling" : "siblings"): \(list))",
        axis: "type")
    }
    let ownKeys = mine.keys[own]
    let positions = SiblingAxis.differing(mine, common: common)
    let differingKeys = positions.map { mine.keys[$0] }
    let siblingsNameSides = sideNamingCount - (spanNamesSide[member] ? 1 : 0) > 0
    let next = own.upperBound < mine.keys.count ? mine.keys[own.upperBound] : nil
    let before = own.lowerBound > 0 ? mine.keys[own.lowerBound - 1] : nil

    var axis = "type"
    let unspecified = SiblingAxis.isUnspecified(differingKeys[...])
    if !SiblingAxis.sideWords.isDisjoint(with: differingKeys) || (unspecified && siblingsNameSides) {
      axis = "side"
    } else if ownKeys.first == "with" || ownKeys.first == "without" {
      axis = ""
    } else if let last = ownKeys.last, SiblingAxis.axisNouns.contains(last) {
      axis = last  // "lumbar region"
    } else if unspecified, let noun = ownKeys.first(where: { SiblingAxis.axisNouns.contains($0) }) {
      axis = noun  // "site unspecified"
    } else if let next, SiblingAxis.axisNouns.contains(next) {
      axis = next  // "lumbar" before a common "region"
    } else if ownKeys.allSatisfy({ SiblingAxis.acuityWords.contains($0) })
      && !ownKeys.allSatisfy({ $0 == "and" || $0 == "on" })
    {
      axis = "acuity"
    } else if (before == "of" || before == "in") && bodyChapters {
      axis = "site"  // "Strain of muscle, fascia and tendon of lower back"
    }

    // The siblings' phrases, named values first and unspecified ones last, at most `siblingLimit`.
    let shown = axis == "region" ? regionPhrases : phrases
    let limit = SiblingAxis.siblingLimit
    var named: [String] = []
    var unnamed: [String] = []
    var total = 0
    for j in others {
      guard let text = shown[j] else { continue }
      total += 1
      if spanIsUnspecified[j] {
        if unnamed.count < limit { unnamed.append(text) }
      } else if named.count < limit {
        named.append(text)
      }
    }
    let all = named + unnamed
    var list = all.prefix(limit).joined(separator: ", ")
    if total > limit { list += ", … (\(total - limit) more)" }
    let siblings = total == 1 ? "sibling: \(list)" : "siblings: \(list)"

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
    let value = SiblingAxis.phrase(mine, own, dropping: axis == "region" ? "region" : nil)
    switch axis {
    case "side":
      // The side, then any other differing words ("displaced", "upper limb"), as the title says them.
      let sides = positions.map { mine.keys[$0] }.filter { SiblingAxis.sideWords.contains($0) }
      let otherWords = positions.filter { !SiblingAxis.sideWords.contains(mine.keys[$0]) && mine.keys[$0] != "side" }
        .map { mine.keys[$0] }
      var text = "side documented as \(sides.joined(separator: " "))"
      if !otherWords.isEmpty {
        text += "; other title words that differ from the siblings: \(otherWords.joined(separator: ", "))"
      }
      return SiblingAxis(kind: .specified, text: text, axis: axis)
    case "":
      return SiblingAxis(kind: .specified, text: "documented \(value) (\(siblings))", axis: "with/without")
    default:
      return SiblingAxis(kind: .specified, text: "\(axis) documented as \(value) (\(siblings))", axis: axis)
    }
  }
}
