/// The derived checklist section of a compiled store: self-contained (its own string pool), so it can
/// be checked and read on its own.
///
/// Layout (little endian): `nodeCount`, `recordCount`, `stringsLength` (u32 each); `nodeCount + 1`
/// record starts (u32); the records (28 bytes: kind u8, 7th character u8, 2 zero bytes, then text,
/// source and codes as `(offset, length)` u32 pairs into the pool); the string pool.
enum ChecklistSection {
  static let headerSize = 12
  static let recordSize = 28

  /// The section bytes of every node's records.
  static func encode(_ records: [[DerivedRecord]]) -> [UInt8] {
    var pool: [UInt8] = []
    var offsets: [String: UInt32] = [:]
    func string(_ text: String) -> (UInt32, UInt32) {
      let bytes = Array(text.utf8)
      if let offset = offsets[text] { return (offset, UInt32(bytes.count)) }
      let offset = UInt32(pool.count)
      pool.append(contentsOf: bytes)
      offsets[text] = offset
      return (offset, UInt32(bytes.count))
    }
    var starts = ByteBuffer()
    var body = ByteBuffer()
    var count: UInt32 = 0
    for nodeRecords in records {
      starts.u32(count)
      for record in nodeRecords {
        body.u8(record.kind.rawValue); body.u8(record.character); body.u16(0)
        for text in [record.text, record.source, record.codes] {
          let (offset, length) = string(text)
          body.u32(offset); body.u32(length)
        }
        count += 1
      }
    }
    starts.u32(count)
    var out = ByteBuffer()
    out.u32(UInt32(records.count)); out.u32(count); out.u32(UInt32(pool.count))
    out.bytes += starts.bytes + body.bytes + pool
    return out.bytes
  }
}

/// Reads the derived checklist section of a mapped store.
struct ChecklistSectionReader: Sendable {
  let buffer: StoreBuffer
  let starts: Int
  let records: Int
  let pool: Int
  let nodeCount: Int
  let poolLength: Int
  /// Where the section starts in the store.
  let sectionStart: Int

  /// Checks the section's sizes (O(1): nothing is read at start-up); records are checked when read.
  init?(buffer: StoreBuffer, at offset: Int, length: Int, nodeCount: Int) {
    guard length >= ChecklistSection.headerSize, offset >= 0, offset + length <= buffer.count else { return nil }
    let nodes = Int(buffer.u32(offset))
    let recordCount = Int(buffer.u32(offset + 4))
    let poolLength = Int(buffer.u32(offset + 8))
    let startsAt = offset + ChecklistSection.headerSize
    let recordsAt = startsAt + (nodes + 1) * 4
    let poolAt = recordsAt + recordCount * ChecklistSection.recordSize
    guard nodes == nodeCount, poolAt + poolLength == offset + length,
      Int(buffer.u32(startsAt + nodes * 4)) == recordCount
    else { return nil }
    self.buffer = buffer
    starts = startsAt
    records = recordsAt
    pool = poolAt
    self.nodeCount = nodes
    self.poolLength = poolLength
    sectionStart = offset
  }

  /// The records a node carries (a record out of bounds or of an unknown kind is skipped).
  func records(of node: Int) -> [DerivedRecord] {
    guard node >= 0, node < nodeCount else { return [] }
    let first = Int(buffer.u32(starts + node * 4))
    let end = Int(buffer.u32(starts + node * 4 + 4))
    let recordCount = (pool - records) / ChecklistSection.recordSize
    guard first <= end, end <= recordCount else { return [] }
    return (first..<end).compactMap { r in
      let at = records + r * ChecklistSection.recordSize
      guard let kind = DerivedItemKind(rawValue: buffer.u8(at)),
        (0..<3).allSatisfy({ f in
          Int(buffer.u32(at + 4 + f * 8)) + Int(buffer.u32(at + 8 + f * 8)) <= poolLength
        })
      else { return nil }
      return DerivedRecord(
        kind: kind, character: buffer.u8(at + 1), text: buffer.string(at: at + 4, strings: pool),
        source: buffer.string(at: at + 12, strings: pool), codes: buffer.string(at: at + 20, strings: pool))
    }
  }
}
