/// Edit distance for typo-tolerant word matching.
enum FuzzyMatch {
  /// The optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
  /// transpositions) between two byte strings, or nil when it exceeds `limit`.
  static func distance(_ a: [UInt8], _ b: UnsafeRawBufferPointer, limit: Int) -> Int? {
    let n = a.count
    let m = b.count
    if abs(n - m) > limit { return nil }
    var previous2 = [Int](repeating: 0, count: m + 1)
    var previous = Array(0...m)
    var current = [Int](repeating: 0, count: m + 1)
    for i in 1...max(n, 1) where n > 0 {
      current[0] = i
      var rowMin = current[0]
      for j in 1...max(m, 1) where m > 0 {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
        current[j] = value
        rowMin = min(rowMin, value)
      }
      if rowMin > limit { return nil }
      (previous2, previous, current) = (previous, current, previous2)
    }
    let result = n == 0 ? m : previous[m]
    return result <= limit ? result : nil
  }
}
