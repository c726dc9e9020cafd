/// Finding terms in the index as a coder looks them up, and printing an entry as the index does.
extension AlphabeticIndex {
  /// The entries that hold every word of `term` along their path, outermost first: an entry whose
  /// parent also matches is shown under it rather than again. Main terms named by the words come
  /// first, then by exactness, depth and printed order.
  public func lookUp(_ term: String, limit: Int = 20) -> [Int] {
    let words = SearchText.words(term)
    guard !words.isEmpty else { return [] }
    let all = matches(words, minimum: words.count).filter { $0.termMask.nonzeroBitCount == $0.matched }
    let matched = Set(all.map(\.entry))
    let roots = all.filter { match in parent(match.entry).map { !matched.contains($0) } ?? true }
    let ordered = roots.sorted { a, b in
      if a.penalty != b.penalty { return a.penalty < b.penalty }
      let (la, lb) = (level(a.entry), level(b.entry))
      if la != lb { return la < lb }
      if a.unmatchedWords != b.unmatchedWords { return a.unmatchedWords < b.unmatchedWords }
      return a.entry < b.entry
    }
    return Array(ordered.prefix(limit).map(\.entry))
  }

  /// The entry as the printed index shows it, without its code: the term, its nonessential
  /// modifiers, then "see" or "see also" ("Pain (s) (see also Painful)", "Abdominalgia — see Pain, abdominal").
  public func displayText(_ entry: IndexEntry) -> String {
    var text = entry.term
    if !entry.modifier.isEmpty {
      // "Pain(s)", as printed: a plural ending is not a separate word.
      let attached = text.isEmpty || ["(s)", "(es)"].contains(where: { entry.modifier.hasPrefix($0) })
      text += attached ? entry.modifier : " " + entry.modifier
    }
    if !entry.seeAlso.isEmpty { text += " (see also \(entry.seeAlso))" }
    if !entry.see.isEmpty { text += " — see \(entry.see)" }
    return text
  }
}
