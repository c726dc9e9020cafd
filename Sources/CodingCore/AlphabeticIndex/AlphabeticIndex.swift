import Foundation

/// The Alphabetic Index to Diseases, read lazily from its section of a compiled store.
///
/// Opening it checks the section's header and bounds; entries are decoded only when touched.
public final class AlphabeticIndex: @unchecked Sendable {
  /// The release the index belongs to (`FY2025-April`).
  public var release: String { info()?.release ?? "unknown" }
  /// The file the index was compiled from.
  public var file: String { info()?.file ?? "unknown" }
  /// The number of main terms and subterms.
  public let count: Int

  let buffer: StoreBuffer
  let base: Int
  let entries: Int
  let tokens: Int
  let tokenCount: Int
  let postings: Int
  let postingCount: Int
  let blob: Int
  let end: Int
  private let infoRange: Range<Int>

  /// Opens the section starting at `base`, or returns nil when it is absent or damaged.
  init?(buffer: StoreBuffer, base: Int) {
    let layout = IndexSectionLayout.self
    guard base > 0, base + layout.headerSize <= buffer.count, buffer.u32(base) == layout.magic,
      buffer.u32(base + 4) == layout.version
    else { return nil }
    let length = Int(buffer.u32(base + layout.lengthAt))
    guard base + length <= buffer.count else { return nil }
    self.buffer = buffer
    self.base = base
    end = base + length
    count = Int(buffer.u32(base + layout.entryCountAt))
    tokenCount = Int(buffer.u32(base + layout.tokenCountAt))
    postingCount = Int(buffer.u32(base + layout.postingCountAt))
    entries = base + Int(buffer.u32(base + layout.entriesAt))
    tokens = base + Int(buffer.u32(base + layout.tokensAt))
    postings = base + Int(buffer.u32(base + layout.postingsAt))
    blob = base + Int(buffer.u32(base + layout.blobAt))
    let infoAt = base + Int(buffer.u32(base + layout.infoAt))
    let infoLength = Int(buffer.u32(base + layout.infoLengthAt))
    guard entries + count * layout.entrySize <= end, tokens + tokenCount * layout.tokenSize <= end,
      postings + postingCount * layout.postingSize <= end, blob <= end, infoAt + infoLength <= end
    else { return nil }
    infoRange = infoAt..<(infoAt + infoLength)
  }

  private func info() -> IndexCompiler.Info? {
    let bytes = buffer.bytes(from: infoRange.lowerBound, count: infoRange.count)
    // The compiler writes a flat object of two plain strings: read them without JSONDecoder (whose
    // first use costs about a millisecond of protocol lookups); anything else is decoded properly.
    if let release = Self.plainString("release", in: bytes), let file = Self.plainString("file", in: bytes) {
      return IndexCompiler.Info(release: release, file: file)
    }
    return try? JSONDecoder().decode(IndexCompiler.Info.self, from: Data(bytes))
  }

  /// The value of `"key":"value"` in flat JSON when it holds no escape, else nil.
  static func plainString(_ key: String, in bytes: UnsafeRawBufferPointer) -> String? {
    let pattern = Array("\"\(key)\":\"".utf8)
    guard bytes.count >= pattern.count else { return nil }
    for start in 0...(bytes.count - pattern.count)
    where bytes[start] == pattern[0] && (0..<pattern.count).allSatisfy({ bytes[start + $0] == pattern[$0] }) {
      var end = start + pattern.count
      while end < bytes.count, bytes[end] != 0x22 {
        if bytes[end] == 0x5C { return nil }
        end += 1
      }
      guard end < bytes.count else { return nil }
      return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(start + pattern.count)..<end]), as: UTF8.self)
    }
    return nil
  }

  /// The entry's level (0 = main term).
  @inline(__always) public func level(_ id: Int) -> Int {
    Int(buffer.u32(entries + id * IndexSectionLayout.entrySize) & 0xFF)
  }

  /// The parent entry, or nil for a main term.
  @inline(__always) public func parent(_ id: Int) -> Int? {
    let p = Int(buffer.i32(entries + id * IndexSectionLayout.entrySize + 4))
    return p < 0 ? nil : p
  }

  @inline(__always) func recordOffset(_ id: Int) -> Int {
    blob + Int(buffer.u32(entries + id * IndexSectionLayout.entrySize) >> 8)
  }

  /// How many words of the entry's own term count toward coverage.
  @inline(__always) func ownWords(_ id: Int) -> Int { Int(buffer.u8(recordOffset(id))) }

  /// The end (exclusive) of the entry's subterms in printed order.
  public func subtreeEnd(_ id: Int) -> Int {
    let own = level(id)
    var next = id + 1
    while next < count && level(next) > own { next += 1 }
    return next
  }

  /// The direct subterms, in printed order.
  public func children(_ id: Int) -> [Int] {
    let end = subtreeEnd(id)
    let childLevel = level(id) + 1
    return ((id + 1)..<end).filter { level($0) == childLevel }
  }

  /// The entry and its parents, main term first.
  public func path(_ id: Int) -> [Int] {
    var result = [id]
    var current = parent(id)
    while let p = current {
      result.append(p)
      current = parent(p)
    }
    return result.reversed()
  }

  /// The entry's terms from the main term down, joined as the index is cited ("Pain, low back").
  public func pathText(_ id: Int) -> String { path(id).map { term($0) }.joined(separator: ", ") }

  /// The entry's own term.
  public func term(_ id: Int) -> String {
    let at = recordOffset(id) + 2
    return String(decoding: field(at), as: UTF8.self)
  }

  /// The code field's raw text (empty when none), without decoding the other fields.
  public func code(_ id: Int) -> String {
    var at = recordOffset(id) + 2
    for _ in 0..<4 { at += 2 + field(at).count }
    let bytes = field(at)
    return bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self)
  }

  /// The code field packed into an integer (its bytes, at most 8, little end first; 0 when empty),
  /// or nil when longer: a key for caching per code without building a string.
  @inline(__always) public func codeKey(_ id: Int) -> UInt64? {
    var at = recordOffset(id) + 2
    for _ in 0..<4 { at += 2 + Int(buffer.u16(at)) }
    let bytes = field(at)
    guard bytes.count <= 8 else { return nil }
    var key: UInt64 = 0
    for (i, byte) in bytes.enumerated() { key |= UInt64(byte) << UInt64(8 * i) }
    return key
  }

  @inline(__always) private func field(_ at: Int) -> UnsafeRawBufferPointer {
    let length = Int(buffer.u16(at))
    let start = min(at + 2, end)
    return buffer.bytes(from: start, count: max(0, min(length, end - start)))
  }

  /// The whole entry.
  public func entry(_ id: Int) -> IndexEntry {
    var at = recordOffset(id)
    let flags = buffer.u8(at + 1)
    at += 2
    var texts: [String] = []
    for _ in 0..<5 {
      let bytes = field(at)
      texts.append(String(decoding: bytes, as: UTF8.self))
      at += 2 + bytes.count
    }
    var seeTarget: Int?
    var seeAlsoTarget: Int?
    func target() -> Int? {
      guard at + 4 <= end else { return nil }
      let value = Int(buffer.i32(at))
      at += 4
      return (0..<count).contains(value) ? value : nil
    }
    if flags & IndexSectionLayout.flagSeeTarget != 0 { seeTarget = target() }
    if flags & IndexSectionLayout.flagSeeAlsoTarget != 0 { seeAlsoTarget = target() }
    return IndexEntry(
      id: id, level: level(id), term: texts[0], modifier: texts[1], see: texts[2], seeAlso: texts[3], code: texts[4],
      seeTarget: seeTarget, seeAlsoTarget: seeAlsoTarget)
  }
}
