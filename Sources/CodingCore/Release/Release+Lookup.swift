/// Finding codes by what users type.
extension Release {
  /// The lookup key of user input: codes lose dots, spaces and case (`" m54.50 "` → `M5450`);
  /// section ids keep their dash (`m50-m54` → `M50-M54`).
  public static func lookupKey(_ text: String) -> String {
    let trimmed = String(text.trimmingSpaces(newlines: true))
    if trimmed.contains("-") { return trimmed.uppercased().filter { $0 != " " } }
    return CodeNormalizer.key(trimmed)
  }

  /// The node of a code or section id, however it is typed (`m5450`, `M54.50`, ` m54.50 `, `M50-M54`).
  public func lookup(_ text: String) -> NodeID? {
    let key = Array(Release.lookupKey(text).utf8)
    let i = lowerBound(key)
    guard i < indexCount, compare(indexKey(i), key) == 0 else { return nil }
    return preferredNode(at: i)
  }

  /// The node of the index entry at `i`, or of a later entry with the same key when that one is a
  /// code: a section whose id is a code (`B20`, `M96`, `R99`) shares its key with the category or
  /// code it holds, and a typed code means the code.
  func preferredNode(at i: Int) -> NodeID {
    let first = indexNode(i)
    if kind(first).isCodeLevel { return first }
    let key = indexKey(i)
    var j = i + 1
    while j < indexCount, key.elementsEqual(indexKey(j)) {
      if kind(indexNode(j)).isCodeLevel { return indexNode(j) }
      j += 1
    }
    return first
  }

  /// Codes whose key starts with the typed prefix, in key order.
  public func codes(withPrefix text: String, limit: Int = .max) -> [NodeID] {
    let key = Array(Release.lookupKey(text).utf8)
    guard !key.isEmpty else { return [] }
    var result: [NodeID] = []
    var i = lowerBound(key)
    while i < indexCount, result.count < limit {
      let candidate = indexKey(i)
      guard candidate.count >= key.count, compare(UnsafeRawBufferPointer(rebasing: candidate[0..<key.count]), key) == 0
      else { break }
      result.append(indexNode(i))
      i += 1
    }
    return result
  }

  /// Real codes close to an unknown one: repaired spellings first (letter O for zero, a missing
  /// placeholder X), then the siblings around where the code would sort.
  /// A key longer than any code (``CodeNormalizer/maximumKeyLength``) has none, at once.
  public func suggestions(for text: String, limit: Int = 3) -> [NodeID] {
    let key = CodeNormalizer.key(text)
    guard key.utf8.count <= CodeNormalizer.maximumKeyLength else { return [] }
    var result: [NodeID] = []
    func add(_ id: NodeID?) {
      if let id, !result.contains(id), kind(id).isCodeLevel { result.append(id) }
    }
    add(lookup(String(key.map { $0 == "O" ? "0" : $0 == "I" ? "1" : $0 }).replacingFirstLetter(from: key)))
    if key.count >= 4, key.count < 7, let last = key.last, last.isLetter {
      var body = String(key.dropLast())
      while body.count < 6 { body += "X" }
      add(lookup(body + String(last)))
    }
    if key.count == 7, key.dropLast().count == 6 {
      // A wrong 7th character: offer the valid ones.
      if let header = lookup(String(key.dropLast())) { children(header).forEach { add($0) } }
    }
    var prefix = key
    while prefix.count > 3 && lookup(prefix) == nil { prefix.removeLast() }
    if prefix.count > 1, let parentNode = lookup(prefix) ?? lookup(String(prefix.prefix(3))) {
      let siblings = children(parentNode).filter { kind($0).isCodeLevel }
      let keys = siblings.map { CodeNormalizer.key(code($0)) }
      let insertion = keys.firstIndex { $0 > key } ?? keys.count
      let distance = { (i: Int) in abs(2 * i - 2 * insertion + 1) }
      let nearest = siblings.indices.sorted { (distance($0), -$0) < (distance($1), -$1) }
        .filter { !result.contains(siblings[$0]) }.prefix(max(0, limit - result.count)).sorted()
      for i in nearest { add(siblings[i]) }
      if siblings.isEmpty { add(parentNode) }
    }
    return Array(result.prefix(limit))
  }

  @inline(__always) func indexKey(_ i: Int) -> UnsafeRawBufferPointer {
    buffer.bytes(at: indexBase + i * StoreLayout.indexSize, strings: strings)
  }

  @inline(__always) func indexNode(_ i: Int) -> NodeID {
    NodeID(buffer.i32(indexBase + i * StoreLayout.indexSize + 8))
  }

  func lowerBound(_ key: [UInt8]) -> Int { firstIndex(count: indexCount) { compare(indexKey($0), key) >= 0 } }

  /// Binary search over `0..<count`: the first index where `atOrAfter` holds (it must be monotone).
  @inline(__always)
  func firstIndex(count: Int, where atOrAfter: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if atOrAfter(mid) { high = mid } else { low = mid + 1 }
    }
    return low
  }
}

/// Byte-wise comparison of a stored string with a key.
@inline(__always)
func compare(_ a: UnsafeRawBufferPointer, _ b: [UInt8]) -> Int {
  let n = min(a.count, b.count)
  var i = 0
  while i < n {
    let x = a[i]
    let y = b[i]
    if x != y { return x < y ? -1 : 1 }
    i += 1
  }
  return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
}

extension String {
  /// Keeps the first character of `original` (a code's letter is never a digit).
  fileprivate func replacingFirstLetter(from original: String) -> String {
    guard let first = original.first else { return self }
    return String(first) + dropFirst()
  }
}
