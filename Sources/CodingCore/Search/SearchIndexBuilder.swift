/// Builds the word index over the titles and inclusion terms of a release's codes.
enum SearchIndexBuilder {
  /// Sorted tokens with their postings. Codes generated from a 7th-character table are not indexed:
  /// they share their parent's words, and listing them would drown the results.
  static func build(_ release: CompiledRelease) -> [(token: String, postings: [CompiledRelease.Posting])] {
    var map: [String: [CompiledRelease.Posting]] = [:]
    for node in release.codes.indices {
      guard release.kinds[node].isCodeLevel, release.flags[node] & CompiledRelease.flagGenerated == 0 else {
        continue
      }
      var texts = [release.titles[node]]
      let start = release.noteStarts[node]
      for note in release.notes[start..<(start + release.noteCounts[node])] where note.kind == .inclusionTerm {
        texts.append(note.text)
      }
      for (t, text) in texts.enumerated() where t <= Int(UInt16.max) {
        let words = SearchText.words(text)
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted {
          map[word, default: []].append(.init(node: Int32(node), text: UInt16(t), count: UInt8(min(words.count, 255))))
        }
      }
    }
    return map.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
      .map { (token: $0.key, postings: $0.value) }
  }
}
