/// Code and word search over a release.
extension Release {
  /// Searches codes (with or without dot, any case, prefixes) and the words of titles, inclusion
  /// terms, cross-references and (when given) the Alphabetic Index, typo tolerant and in any word
  /// order. See ``PhraseRanker`` for the ranking of word queries.
  public func search(_ query: String, limit: Int = 20, index: AlphabeticIndex? = nil) -> [SearchHit] {
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
    var ranker = PhraseRanker(release: self, words: SearchText.words(query), index: index)
    for candidate in ranker.ranked(limit: limit) {
      add(candidate.node, candidate.field, candidate.matched)
      if hits.count >= limit { break }
    }
    return hits
  }

  /// Per text (node << 16 | text number) of titles, inclusion terms and cross-references: the
  /// query words it holds (bit i for word i), the summed match penalty and its word count.
  func textMatches(_ words: [String]) -> [UInt64: (mask: UInt32, penalty: Int, count: Int)] {
    var result: [UInt64: (mask: UInt32, penalty: Int, count: Int)] = [:]
    for (w, word) in words.enumerated() {
      let bit = UInt32(1) << UInt32(w)
      for (token, penalty) in tokenMatches(word, isLast: w == words.count - 1).tokens {
        let (start, count) = postings(ofToken: token)
        for p in start..<(start + count) {
          let at = postingsBase + p * StoreLayout.postingSize
          let textNumber = buffer.u16(at + 4)
          let key = UInt64(UInt32(bitPattern: buffer.i32(at))) << 16 | UInt64(textNumber)
          var value = result[key] ?? (0, 0, Int(buffer.u8(at + 6)))
          if value.mask & bit != 0 { continue }
          value.mask |= bit
          value.penalty += penalty
          result[key] = value
        }
      }
    }
    return result
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
    for singular in SearchText.singulars(word) {
      let key = Array(singular.utf8)
      let k = lowerBoundToken(key)
      if k < tokenCount, compare(tokenBytes(k), key) == 0, !result.contains(where: { $0.0 == k }) {
        result.append((k, 0))
        exact = true
      }
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
