import Foundation

/// Compiles Alphabetic Index rows into the self-contained store section (see ``IndexSectionLayout``):
/// parents rebuilt from levels, "see" and "see also" targets resolved to entries, and a word index.
enum IndexCompiler {
  /// What the section records about where the index came from.
  struct Info: Codable, Sendable, Equatable {
    /// The release whose index it is (`FY2025-April`).
    var release: String
    /// The source file name.
    var file: String
  }

  /// The parent of each row: the nearest earlier row of lower level (-1 for a main term).
  static func parents(_ rows: [IndexRow]) -> [Int32] {
    var stack: [Int32] = []
    var result: [Int32] = []
    result.reserveCapacity(rows.count)
    for (i, row) in rows.enumerated() {
      if stack.count > row.level { stack.removeLast(stack.count - row.level) }
      result.append(stack.last ?? -1)
      stack.append(Int32(i))
    }
    return result
  }

  /// The section bytes of an index.
  static func compile(_ rows: [IndexRow], info: Info) throws -> [UInt8] {
    let parents = parents(rows)
    let resolver = IndexTargetResolver(rows: rows, parents: parents)
    var blob = ByteBuffer()
    var entries = ByteBuffer()
    var words: [String: [UInt32]] = [:]
    func put(_ text: String) {
      let bytes = Array(text.utf8.prefix(Int(UInt16.max)))
      blob.u16(UInt16(bytes.count))
      blob.bytes.append(contentsOf: bytes)
    }
    for (i, row) in rows.enumerated() {
      let offset = blob.bytes.count
      guard offset < 1 << 24 else { throw ImportError(file: info.file, problem: "the index is too large to compile") }
      entries.u32(UInt32(offset) << 8 | UInt32(row.level))
      entries.i32(parents[i])
      let termWords = SearchText.words(row.term)
      let seeTarget = row.see.isEmpty ? -1 : resolver.resolve(row.see)
      let seeAlsoTarget = row.seeAlso.isEmpty ? -1 : resolver.resolve(row.seeAlso)
      var flags: UInt8 = 0
      if seeTarget >= 0 { flags |= IndexSectionLayout.flagSeeTarget }
      if seeAlsoTarget >= 0 { flags |= IndexSectionLayout.flagSeeAlsoTarget }
      blob.u8(UInt8(min(termWords.filter { !IndexSearchText.neutral.contains($0) }.count, 255)))
      blob.u8(flags)
      for text in [row.term, row.modifier, row.see, row.seeAlso, row.code] { put(IndexRow.collapsingSpaces(text)) }
      if seeTarget >= 0 { blob.i32(seeTarget) }
      if seeAlsoTarget >= 0 { blob.i32(seeAlsoTarget) }
      var seen = Set<String>()
      for word in termWords where seen.insert(word).inserted { words[word, default: []].append(UInt32(i)) }
      for word in SearchText.words(row.modifier) where seen.insert(word).inserted {
        words[word, default: []].append(UInt32(i) | IndexSectionLayout.modifierBit)
      }
    }
    var tokens = ByteBuffer()
    var postings = ByteBuffer()
    var postingCount: UInt32 = 0
    let sorted = words.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    for word in sorted {
      let list = words[word] ?? []
      tokens.u32(UInt32(blob.bytes.count))
      put(word)
      tokens.u32(postingCount)
      tokens.u32(UInt32(list.count))
      for posting in list { postings.u32(posting) }
      postingCount += UInt32(list.count)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let infoBytes = Array(try encoder.encode(info))
    let parts = [entries.bytes, tokens.bytes, postings.bytes, blob.bytes, infoBytes]
    var offsets: [UInt32] = []
    var position = IndexSectionLayout.headerSize
    for part in parts {
      offsets.append(UInt32(position))
      position += (part.count + 3) & ~3
    }
    var out = ByteBuffer()
    out.u32(IndexSectionLayout.magic)
    out.u32(IndexSectionLayout.version)
    out.u32(UInt32(position))
    out.u32(UInt32(rows.count))
    out.u32(UInt32(sorted.count))
    out.u32(postingCount)
    for offset in offsets { out.u32(offset) }
    out.u32(UInt32(infoBytes.count))
    for part in parts {
      out.bytes.append(contentsOf: part)
      while out.bytes.count % 4 != 0 { out.u8(0) }
    }
    return out.bytes
  }
}

/// Words of index terms that do not count toward how much of a term a query covers.
enum IndexSearchText {
  static let neutral: Set<String> = ["nos", "nec", "unspecified"]
}
