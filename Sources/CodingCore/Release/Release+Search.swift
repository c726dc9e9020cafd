/// Code and word search over a release.
extension Release {
  /// Searches codes (with or without dot, any case, prefixes) and the words of titles and inclusion
  /// terms, typo tolerant. Ranking: the exact code first; then texts matching every word, by match
  /// quality (exact, prefix, typo), by how much of the text the query covers, billable before
  /// headers, then tabular order.
  public func search(_ query: String, limit: Int = 20) -> [SearchHit] {
    var hits: [SearchHit] = []
    var seen = Set<NodeID>()
    func add(_ id: NodeID, _ field: SearchHit.Field, _ matched: String) {
      guard hits.count < limit, seen.insert(id).inserted else { return }
      hits.append(
        SearchHit(node: id, code: code(id), title: title(id), billable: isBillable(id), field: field, matched: matched))
    }
    let key = CodeNormalizer.key(query)
    if CodeNormalizer.looksLikeCode(key) || (key.count == 3 && CodeNormalizer.looksLikeCode(key + "0")) {
      if let exact = lookup(key) { add(exact, .code, code(exact)) }
      for id in codes(withPrefix: key, limit: limit * 4) where !isGenerated(id) || key.count >= 6 {
        add(id, .code, code(id))
      }
      if !hits.isEmpty { return hits }
    }
    for candidate in rankedTextMatches(SearchText.words(query)) {
      let field: SearchHit.Field =
        candidate.text == 0 ? .title : candidate.text & 0x8000 != 0 ? .crossReference : .inclusionTerm
      add(candidate.node, field, text(of: candidate.node, number: candidate.text))
      if hits.count >= limit { break }
    }
    return hits
  }

  private struct Candidate {
    var node: NodeID
    var text: Int
    var penalty: Int
    var coverage: Double
  }

  private func rankedTextMatches(_ words: [String]) -> [Candidate] {
    guard !words.isEmpty else { return [] }
    var matches: [UInt64: (penalty: Int, count: Int)]?
    let lists = words.enumerated().map { i, word in tokenMatches(word, isLast: i == words.count - 1) }
    for list in lists.sorted(by: { $0.size < $1.size }) {
      var next: [UInt64: (penalty: Int, count: Int)] = [:]
      for (token, penalty) in list.tokens {
        let (start, count) = postings(ofToken: token)
        for p in start..<(start + count) {
          let at = postingsBase + p * StoreLayout.postingSize
          let textNumber = buffer.u16(at + 4)
          let key = UInt64(UInt32(bitPattern: buffer.i32(at))) << 16 | UInt64(textNumber)
          let words = Int(buffer.u8(at + 6))
          let penalty = penalty + (textNumber & 0x8000 != 0 ? 3 : 0)
          if let current = matches {
            guard let previous = current[key] else { continue }
            let total = previous.penalty + penalty
            if let existing = next[key], existing.penalty <= total { continue }
            next[key] = (total, words)
          } else {
            if let existing = next[key], existing.penalty <= penalty { continue }
            next[key] = (penalty, words)
          }
        }
      }
      matches = next
      if next.isEmpty { return [] }
    }
    var best: [Int32: Candidate] = [:]
    for (key, value) in matches ?? [:] {
      let node = NodeID(Int32(truncatingIfNeeded: key >> 16))
      let candidate = Candidate(
        node: node, text: Int(key & 0xFFFF), penalty: value.penalty,
        coverage: Double(words.count) / Double(max(value.count, words.count)))
      if let current = best[node.rawValue], !better(candidate, than: current) { continue }
      best[node.rawValue] = candidate
    }
    return best.values.sorted { better($0, than: $1) }
  }

  private func better(_ a: Candidate, than b: Candidate) -> Bool {
    if a.penalty != b.penalty { return a.penalty < b.penalty }
    if a.coverage != b.coverage { return a.coverage > b.coverage }
    let (ba, bb) = (isBillable(a.node), isBillable(b.node))
    if ba != bb { return ba }
    if a.node != b.node { return a.node < b.node }
    return a.text < b.text
  }

  /// Index tokens matching a query word: exact (penalty 0), longer words it prefixes (1, for the
  /// word being typed or words of 4+ letters), and typos (2) when nothing matches exactly.
  private func tokenMatches(_ word: String, isLast: Bool) -> (tokens: [(Int, Int)], size: Int) {
    let bytes = Array(word.utf8)
    var result: [(Int, Int)] = []
    var i = lowerBoundToken(bytes)
    var exact = false
    if i < tokenCount, compare(tokenBytes(i), bytes) == 0 {
      result.append((i, 0))
      exact = true
      i += 1
    }
    if isLast || bytes.count >= 4 {
      while i < tokenCount {
        let token = tokenBytes(i)
        guard token.count > bytes.count, compare(UnsafeRawBufferPointer(rebasing: token[0..<bytes.count]), bytes) == 0
        else { break }
        result.append((i, 1))
        i += 1
      }
    }
    if !exact && bytes.count >= 4 {
      let limit = bytes.count >= 8 ? 2 : 1
      var j = lowerBoundToken([bytes[0]])
      while j < tokenCount {
        let token = tokenBytes(j)
        guard let first = token.first, first == bytes[0] else { break }
        if FuzzyMatch.distance(bytes, token, limit: limit) != nil, !result.contains(where: { $0.0 == j }) {
          result.append((j, 2))
        }
        j += 1
      }
    }
    let size = result.reduce(0) { $0 + postings(ofToken: $1.0).count }
    return (result, size)
  }

  /// The k-th text of a node: 0 = title, k = k-th inclusion term, 0x8000 | k = k-th cross-reference alias.
  func text(of id: NodeID, number: Int) -> String {
    if number == 0 { return title(id) }
    if number & 0x8000 != 0 {
      let ordinal = number & 0x7FFF
      let first = firstIndex(count: aliasCount) { buffer.i32(aliasesBase + $0 * StoreLayout.aliasSize) >= id.rawValue }
      let at = first + ordinal
      guard at < aliasCount, buffer.i32(aliasesBase + at * StoreLayout.aliasSize) == id.rawValue else {
        return title(id)
      }
      return note(at: Int(buffer.i32(aliasesBase + at * StoreLayout.aliasSize + 4))).text
    }
    let terms = notes(id, kind: .inclusionTerm)
    return number - 1 < terms.count ? terms[number - 1].text : title(id)
  }

  @inline(__always) func tokenBytes(_ i: Int) -> UnsafeRawBufferPointer {
    buffer.bytes(at: tokensBase + i * StoreLayout.tokenSize, strings: strings)
  }

  @inline(__always) func postings(ofToken i: Int) -> (start: Int, count: Int) {
    let at = tokensBase + i * StoreLayout.tokenSize
    return (Int(buffer.u32(at + 8)), Int(buffer.u32(at + 12)))
  }

  func lowerBoundToken(_ key: [UInt8]) -> Int { firstIndex(count: tokenCount) { compare(tokenBytes($0), key) >= 0 } }
}
