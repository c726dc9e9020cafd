/// Word matching over the index's terms and nonessential modifiers.
extension AlphabeticIndex {
  /// How an entry matches a query: which query words its path holds, in its terms or only in
  /// nonessential modifiers, and how many words of its terms the query leaves unmatched.
  public struct Match: Sendable {
    public var entry: Int
    /// Bit i set when query word i is in a term of the entry's path (main term to entry).
    public var termMask: UInt32
    /// Bit i set when query word i is only in a nonessential modifier of the path.
    public var modifierMask: UInt32
    /// 0 for exact words; 1 per word matched as a prefix, 2 per word matched with a typo.
    public var penalty: Int
    /// Words of the path's terms the query does not name.
    public var unmatchedWords: Int
    /// The number of query words matched.
    public var matched: Int { (termMask | modifierMask).nonzeroBitCount }
  }

  /// The entries whose path matches at least `minimum` of the query words (at most 32 words count).
  public func matches(_ words: [String], minimum: Int) -> [Match] {
    let words = Array(words.prefix(32))
    guard !words.isEmpty else { return [] }
    // Own matches: entry -> (term mask, modifier mask, penalty), sized once for every posting.
    let tokensPerWord = words.enumerated().map { w, word in tokenMatches(word, isLast: w == words.count - 1) }
    let postingTotal = tokensPerWord.joined().reduce(0) { $0 + postingRange($1.0).count }
    var own: [Int: (UInt32, UInt32, Int)] = [:]
    own.reserveCapacity(min(postingTotal, count))
    for (w, matches) in tokensPerWord.enumerated() {
      let bit = UInt32(1) << UInt32(w)
      for (token, penalty) in matches {
        let (start, n) = postingRange(token)
        for p in start..<(start + n) {
          let raw = buffer.u32(postings + p * IndexSectionLayout.postingSize)
          let entry = Int(raw & ~IndexSectionLayout.modifierBit)
          guard entry < count else { continue }
          var value = own[entry] ?? (0, 0, 0)
          if (value.0 | value.1) & bit != 0 { continue }
          if raw & IndexSectionLayout.modifierBit != 0 { value.1 |= bit } else { value.0 |= bit }
          value.2 += penalty
          own[entry] = value
        }
      }
    }
    // Every entry under a matched one inherits its words: an entry's words are those of its own
    // matched ancestors and itself. Only the subtrees of matched entries whose words reach the
    // minimum are walked (a deeper matched entry, holding more, walks its own subtree), so a
    // phrase of common words does not visit every subterm under each of them.
    var result: [Match] = []
    for (entry, _) in own {
      var value = (UInt32(0), UInt32(0), 0)
      var current: Int? = entry
      while let e = current {
        if let mine = own[e] {
          value.0 |= mine.0
          value.1 |= mine.1
          value.2 += mine.2
        }
        current = parent(e)
      }
      guard (value.0 | value.1).nonzeroBitCount >= minimum else { continue }
      let end = subtreeEnd(entry)
      var d = entry
      while d < end {
        if d != entry, own[d] != nil {
          d = subtreeEnd(d)
          continue
        }
        var pathWords = 0
        var up: Int? = d
        while let e = up {
          pathWords += ownWords(e)
          up = parent(e)
        }
        result.append(
          Match(
            entry: d, termMask: value.0, modifierMask: value.1 & ~value.0, penalty: value.2,
            unmatchedWords: max(0, pathWords - value.0.nonzeroBitCount)))
        d += 1
      }
    }
    return result
  }

  @inline(__always) func tokenBytes(_ i: Int) -> UnsafeRawBufferPointer {
    let at = blob + Int(buffer.u32(tokens + i * IndexSectionLayout.tokenSize))
    let length = Int(buffer.u16(at))
    return buffer.bytes(from: at + 2, count: max(0, min(length, end - at - 2)))
  }

  @inline(__always) func postingRange(_ i: Int) -> (start: Int, count: Int) {
    let at = tokens + i * IndexSectionLayout.tokenSize
    let start = Int(buffer.u32(at + 4))
    let n = Int(buffer.u32(at + 8))
    guard start <= postingCount, n <= postingCount - start else { return (0, 0) }
    return (start, n)
  }

  /// Tokens matching a query word: exact (penalty 0), longer words it prefixes (1, for a last word
  /// of 2+ letters or words of 4+ letters), and typos (2) when nothing matches exactly.
  func tokenMatches(_ word: String, isLast: Bool) -> [(Int, Int)] {
    let bytes = Array(word.utf8)
    guard let firstByte = bytes.first else { return [] }
    var result: [(Int, Int)] = []
    var i = lowerBound(bytes)
    var exact = false
    if i < tokenCount, compareBytes(tokenBytes(i), bytes) == 0 {
      result.append((i, 0))
      exact = true
      i += 1
    }
    for singular in SearchText.singulars(word) {
      let key = Array(singular.utf8)
      let k = lowerBound(key)
      if k < tokenCount, compareBytes(tokenBytes(k), key) == 0, !result.contains(where: { $0.0 == k }) {
        result.append((k, 0))
        exact = true
      }
    }
    // A last word of one letter (a phrase being typed) would prefix a thousand words: exact only.
    if (isLast && bytes.count >= 2) || bytes.count >= 4 {
      while i < tokenCount {
        let token = tokenBytes(i)
        guard token.count > bytes.count,
          compareBytes(UnsafeRawBufferPointer(rebasing: token[0..<bytes.count]), bytes) == 0
        else { break }
        result.append((i, 1))
        i += 1
      }
    }
    if !exact && bytes.count >= 4 {
      let limit = bytes.count >= 8 ? 2 : 1
      var j = lowerBound([firstByte])
      while j < tokenCount {
        let token = tokenBytes(j)
        guard token.first == firstByte else { break }
        if FuzzyMatch.distance(bytes, token, limit: limit) != nil, !result.contains(where: { $0.0 == j }) {
          result.append((j, 2))
        }
        j += 1
      }
    }
    return result
  }

  private func lowerBound(_ key: [UInt8]) -> Int {
    var (low, high) = (0, tokenCount)
    while low < high {
      let mid = (low + high) / 2
      if compareBytes(tokenBytes(mid), key) < 0 { low = mid + 1 } else { high = mid }
    }
    return low
  }

  private func compareBytes(_ a: UnsafeRawBufferPointer, _ b: [UInt8]) -> Int {
    let n = min(a.count, b.count)
    for k in 0..<n where a[k] != b[k] { return a[k] < b[k] ? -1 : 1 }
    return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
  }
}
