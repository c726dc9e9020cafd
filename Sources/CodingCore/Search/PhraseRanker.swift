/// Ranks the codes a phrase names, from the words of titles, inclusion terms, cross-references and
/// the Alphabetic Index together, in any word order.
///
/// A text (or index entry with its parent terms) is a candidate when it holds enough of the query's
/// words: all of a one- or two-word query, at least half of a longer one ("chronic low back pain"
/// finds "Pain, low back" and "Pain, chronic"). Its score is 4 per query word it holds, less 2 per
/// word of its own the query does not name ("unspecified", "NOS", "NEC" are free) and the typo or
/// prefix penalty; cross-references lose 3. Each code keeps its best text (the index first on a
/// tie). Codes are ordered by score, then billable first, then tabular order; after the first, a
/// code naming query words the codes above have not covered gains 3 per such word, so each part of
/// a phrase finds its code near the top. The first code, when a header, is followed by its codes (at most eight),
/// as is a header among the first three that the index prints with a dash (`M54.4-`).
struct PhraseRanker {
  /// A ranked code and the text that matched it.
  struct Result {
    var node: NodeID
    var field: SearchHit.Field
    var matched: String
  }

  private enum Source {
    case text(Int)
    case index(Int)
  }

  private struct Candidate {
    var node: NodeID
    var mask: UInt32
    var score: Int
    var penalty: Int
    var fieldRank: Int
    var source: Source
    /// The text number or index entry: the last tie-break, so that ranking never depends on hashing.
    var order: Int
  }

  let release: Release
  let words: [String]
  let index: AlphabeticIndex?

  init(release: Release, words: [String], index: AlphabeticIndex?) {
    self.release = release
    self.words = Array(words.prefix(24))
    self.index = index
  }

  /// The codes in ranked order, at most `limit`.
  mutating func ranked(limit: Int) -> [Result] {
    guard !words.isEmpty else { return [] }
    let n = words.count
    var best = candidates(minimum: n <= 2 ? n : (n + 1) / 2)
    if best.isEmpty && n == 2 { best = candidates(minimum: 1) }
    // Only the first few in order are needed: a word of one letter matches tens of thousands of
    // codes, which sorting whole cost a command a fifth of a second.
    let ordered = diversified(Self.first(limit * 3 + 8, of: best.values))
    var results: [Result] = []
    var seen = Set<NodeID>()
    for (position, candidate) in ordered.enumerated() {
      guard results.count < limit else { break }
      guard seen.insert(candidate.node).inserted else { continue }
      results.append(Result(node: candidate.node, field: field(candidate), matched: matchedText(candidate)))
      let id = candidate.node
      guard position == 0 || (position < 3 && pointsBelow(candidate)), release.kind(id).isCodeLevel,
        !release.isBillable(id)
      else { continue }
      let below = release.billableDescendants(id)
      guard below.count <= 8, !below.contains(where: { release.isGenerated($0) }) else { continue }
      for child in below where results.count < limit && seen.insert(child).inserted {
        results.append(Result(node: child, field: .title, matched: release.title(child)))
      }
    }
    return results
  }

  private func candidates(minimum: Int) -> [NodeID: Candidate] {
    var best: [NodeID: Candidate] = [:]
    func offer(_ candidate: Candidate) {
      if let current = best[candidate.node] {
        let better =
          candidate.score != current.score
          ? candidate.score > current.score
          : candidate.penalty != current.penalty
            ? candidate.penalty < current.penalty
            : candidate.fieldRank != current.fieldRank
              ? candidate.fieldRank < current.fieldRank : candidate.order < current.order
        if !better { return }
      }
      best[candidate.node] = candidate
    }
    let matches = release.textMatches(words)
    best.reserveCapacity(matches.count)
    for (key, value) in matches {
      let matched = value.mask.nonzeroBitCount
      guard matched >= minimum else { continue }
      let text = Int(key & 0xFFFF)
      let isAlias = text & 0x8000 != 0
      let score = 4 * matched - 2 * max(0, value.count - matched) - value.penalty - (isAlias ? 3 : 0)
      offer(
        Candidate(
          node: NodeID(Int32(truncatingIfNeeded: key >> 16)), mask: value.mask, score: score, penalty: value.penalty,
          fieldRank: text == 0 ? 1 : isAlias ? 3 : 2, source: .text(text), order: text))
    }
    // A word of one or two letters being typed prefixes too much of the index to be worth it.
    if let index, words.joined().count >= 3 {
      // Each code is looked up once, keyed by its packed bytes (no string is built for a code seen before).
      var nodes: [UInt64: NodeID?] = [:]
      for match in index.matches(words, minimum: minimum) {
        let packed = index.codeKey(match.entry)
        guard packed != 0 else { continue }
        let node: NodeID?
        if let packed, let known = nodes[packed] {
          node = known
        } else {
          var key = Substring(index.code(match.entry))
          while let last = key.last, last == "-" || last == "." || last == " " { key.removeLast() }
          node = key.isEmpty ? nil : release.lookup(normalizedKey: CodeNormalizer.key(key))
          if let packed { nodes[packed] = node }
        }
        guard let node else { continue }
        let score = 4 * match.matched - 2 * match.unmatchedWords - match.penalty
        offer(
          Candidate(
            node: node, mask: match.termMask | match.modifierMask, score: score, penalty: match.penalty, fieldRank: 0,
            source: .index(match.entry), order: match.entry))
      }
    }
    return best
  }

  /// The first `count` candidates in the order of ``before(_:_:)`` (a total order: no two candidates
  /// share a node), found in one pass without sorting the others.
  private static func first(_ count: Int, of candidates: some Sequence<Candidate>) -> [Candidate] {
    var top: [Candidate] = []
    top.reserveCapacity(count + 1)
    for c in candidates {
      if top.count == count, let last = top.last, !before(c, last) { continue }
      var low = 0
      var high = top.count
      while low < high {
        let mid = (low + high) / 2
        if before(top[mid], c) { low = mid + 1 } else { high = mid }
      }
      top.insert(c, at: low)
      if top.count > count { top.removeLast() }
    }
    return top
  }

  private static func before(_ a: Candidate, _ b: Candidate) -> Bool {
    if a.score != b.score { return a.score > b.score }
    if a.penalty != b.penalty { return a.penalty < b.penalty }
    return a.node < b.node
  }

  /// Reorders so that a code naming words not yet covered by the codes above it moves up.
  private func diversified(_ pool: [Candidate]) -> [Candidate] {
    var pool = pool
    var result: [Candidate] = []
    var covered: UInt32 = 0
    while !pool.isEmpty {
      var pick = 0
      var pickValue = Int.min
      for (i, candidate) in pool.enumerated() {
        let bonus = covered == 0 ? 0 : 3 * (candidate.mask & ~covered).nonzeroBitCount
        var value = candidate.score + bonus
        if release.isBillable(candidate.node) { value = value * 2 + 1 } else { value *= 2 }
        if value > pickValue {
          (pick, pickValue) = (i, value)
        }
      }
      let chosen = pool.remove(at: pick)
      covered |= chosen.mask
      result.append(chosen)
    }
    return result
  }

  /// Whether the candidate is an index entry whose code needs more characters (`M54.4-`).
  private func pointsBelow(_ candidate: Candidate) -> Bool {
    guard case .index(let entry) = candidate.source else { return false }
    return index?.code(entry).hasSuffix("-") ?? false
  }

  private func field(_ candidate: Candidate) -> SearchHit.Field {
    switch candidate.source {
    case .index: return .index
    case .text(let number): return number == 0 ? .title : number & 0x8000 != 0 ? .crossReference : .inclusionTerm
    }
  }

  private func matchedText(_ candidate: Candidate) -> String {
    switch candidate.source {
    case .index(let entry):
      let code = index?.code(entry) ?? ""
      return (index?.pathText(entry) ?? "") + (code.isEmpty ? "" : " " + code)
    case .text(let number): return release.text(of: candidate.node, number: number)
    }
  }
}
