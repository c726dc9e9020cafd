import Foundation

/// Small accessors the rules engine needs beyond the public release API.
extension Release {
  /// The global indices of a node's own notes, in the order of the official file.
  func noteRange(of id: NodeID) -> Range<Int> {
    let at = nodes + id.index * StoreLayout.nodeSize
    let start = Int(buffer.u32(at + 28))
    return start..<(start + Int(buffer.u32(at + 32)))
  }

  /// The node of an already normalised code key (`M5450`), without the trimming of ``lookup(_:)``.
  func lookup(normalizedKey key: String) -> NodeID? {
    var key = key
    return key.withUTF8 { k -> NodeID? in
      @inline(__always) func order(_ i: Int) -> Int {
        let stored = indexKey(i)
        let n = min(stored.count, k.count)
        if n > 0, let a = stored.baseAddress, let b = k.baseAddress {
          let c = memcmp(a, b, n)
          if c != 0 { return Int(c) }
        }
        return stored.count - k.count
      }
      var low = 0
      var high = indexCount
      while low < high {
        let mid = (low + high) / 2
        if order(mid) < 0 { low = mid + 1 } else { high = mid }
      }
      guard low < indexCount, order(low) == 0 else { return nil }
      return preferredNode(at: low)
    }
  }

  /// A note's text alone (no references decoded).
  func noteText(index: Int) -> String {
    buffer.string(at: notesBase + index * StoreLayout.noteSize + 4, strings: strings)
  }

  /// The text of the reference of a note that covers exactly `start..<end`, read from the raw
  /// records (no qualifier parsed).
  func referenceText(note index: Int, start: Int32, end: Int32) -> String? {
    let at = notesBase + index * StoreLayout.noteSize
    let refStart = Int(buffer.u32(at + 12))
    let refCount = Int(buffer.u32(at + 16))
    for r in refStart..<(refStart + refCount) {
      let ref = refsBase + r * StoreLayout.refSize
      if buffer.i32(ref + 8) == start && buffer.i32(ref + 12) == end { return buffer.string(at: ref, strings: strings) }
    }
    return nil
  }

  /// The raw bytes of a node's code (valid while the release is loaded).
  func codeBytes(_ id: NodeID) -> UnsafeRawBufferPointer {
    buffer.bytes(at: nodes + id.index * StoreLayout.nodeSize, strings: strings)
  }

  /// The UTF-8 bytes of a node's title, in the store.
  func titleBytes(_ id: NodeID) -> UnsafeRawBufferPointer {
    buffer.bytes(at: nodes + id.index * StoreLayout.nodeSize + 8, strings: strings)
  }

  /// Every index key short enough to pack (codes and section ids), mapped to its node: the rules
  /// engine's hash lookup for batches.
  func packedKeyTable() -> KeyTable {
    var table = KeyTable(capacity: indexCount)
    for i in 0..<indexCount {
      let key = indexKey(i)
      let bytes = UnsafeBufferPointer(start: key.baseAddress?.assumingMemoryBound(to: UInt8.self), count: key.count)
      // The first of equal keys wins, as in the binary search (a code over a section of the same id).
      guard let packed = PackedKey.pack(bytes), table.find(packed) == nil else { continue }
      table.insert(packed, preferredNode(at: i).rawValue)
    }
    return table
  }

  /// Whether the title contains a word, ASCII case-insensitively, read from the raw bytes
  /// (no `String` is built; `word` must be lower case ASCII).
  func titleContains(_ word: StaticString, _ id: NodeID) -> Bool {
    let title = buffer.bytes(at: nodes + id.index * StoreLayout.nodeSize + 8, strings: strings)
    return word.withUTF8Buffer { needle in
      guard needle.count <= title.count else { return false }
      var i = 0
      while i + needle.count <= title.count {
        var j = 0
        while j < needle.count {
          var c = title[i + j]
          if c >= 0x41 && c <= 0x5A { c += 0x20 }
          if c != needle[j] { break }
          j += 1
        }
        if j == needle.count { return true }
        i += 1
      }
      return false
    }
  }
}
