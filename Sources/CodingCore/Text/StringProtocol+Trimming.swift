extension StringProtocol {
  /// The text without spaces and tabs (and, with `newlines`, line breaks) at either end.
  ///
  /// Foundation's `trimmingCharacters(in:)` goes through NSString: about a million instructions the
  /// first time, which a command's start-up cannot afford.
  func trimmingSpaces(newlines: Bool = false) -> SubSequence {
    let isSpace = { (c: Character) in c.isWhitespace && (newlines || !c.isNewline) }
    var start = startIndex
    var end = endIndex
    while start < end, isSpace(self[start]) { start = index(after: start) }
    while end > start, isSpace(self[index(before: end)]) { end = index(before: end) }
    return self[start..<end]
  }
}
