/// Builds the word index over the titles and inclusion terms of a release's codes.
enum SearchIndexBuilder {
  /// The words of a note that name the code it points to: the text before its first parenthesis.
  static func aliasText(_ note: String) -> String {
    String(note.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
  }

  /// How many words of a text count toward coverage (neutral words such as "unspecified" do not).
  static func weight(_ words: [String]) -> UInt8 {
    UInt8(min(max(words.filter { !SearchText.neutralWords.contains($0) }.count, 1), 255))
  }

  /// Collects the cross-reference aliases: Excludes notes whose only reference is one code-level node.
  static func aliases(_ release: CompiledRelease) -> [(node: Int32, note: Int32)] {
    var result: [(node: Int32, note: Int32)] = []
    for (n, note) in release.notes.enumerated() where note.kind == .excludes1 || note.kind == .excludes2 {
      guard note.refCount == 1, aliasText(note.text).count >= 4 else { continue }
      let ref = release.refs[note.refStart]
      guard ref.start >= 0, ref.qualifier.isEmpty, release.kinds[Int(ref.start)].isCodeLevel else { continue }
      // A reference to a code covers its subtree; the alias names the code itself.
      result.append((ref.start, Int32(n)))
    }
    return result.sorted { ($0.node, $0.note) < ($1.node, $1.note) }
  }

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
          map[word, default: []].append(.init(node: Int32(node), text: UInt16(t), count: weight(words)))
        }
      }
    }
    var aliasOrdinal: [Int32: Int] = [:]
    for alias in release.aliases {
      let ordinal = aliasOrdinal[alias.node, default: 0]
      aliasOrdinal[alias.node] = ordinal + 1
      guard ordinal < 0x7FFF else { continue }
      let words = SearchText.words(SearchIndexBuilder.aliasText(release.notes[Int(alias.note)].text))
      var seen = Set<String>()
      for word in words where seen.insert(word).inserted {
        map[word, default: []].append(
          .init(node: alias.node, text: UInt16(0x8000 | ordinal), count: weight(words)))
      }
    }
    return map.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
      .map { (token: $0.key, postings: $0.value) }
  }
}
