import Foundation

/// Serialises a ``CompiledRelease`` into the compiled store format (see ``StoreLayout``).
///
/// The output depends only on the release's content, so compiling the same official files twice
/// gives identical bytes.
struct StoreWriter {
  private var strings: [UInt8] = []
  private var stringOffsets: [String: UInt32] = [:]

  /// The store bytes of `release`.
  static func write(_ release: CompiledRelease) throws -> [UInt8] {
    var writer = StoreWriter()
    return try writer.encode(release)
  }

  private mutating func string(_ text: String) -> (UInt32, UInt32) {
    let bytes = Array(text.utf8)
    if let offset = stringOffsets[text] { return (offset, UInt32(bytes.count)) }
    let offset = UInt32(strings.count)
    strings.append(contentsOf: bytes)
    stringOffsets[text] = offset
    return (offset, UInt32(bytes.count))
  }

  private mutating func encode(_ release: CompiledRelease) throws -> [UInt8] {
    var nodes = ByteBuffer()
    for i in release.codes.indices {
      let code = string(release.codes[i])
      let title = string(release.titles[i])
      nodes.u32(code.0); nodes.u32(code.1); nodes.u32(title.0); nodes.u32(title.1)
      nodes.i32(release.parents[i]); nodes.i32(release.ends[i])
      nodes.u8(release.kinds[i].rawValue); nodes.u8(release.flags[i]); nodes.u16(0)
      nodes.u32(UInt32(release.noteStarts[i])); nodes.u32(UInt32(release.noteCounts[i]))
    }
    var notes = ByteBuffer()
    for note in release.notes {
      let text = string(note.text)
      notes.u8(note.kind.rawValue); notes.u8(note.character); notes.u16(0)
      notes.u32(text.0); notes.u32(text.1)
      notes.u32(UInt32(note.refStart)); notes.u32(UInt32(note.refCount))
    }
    var refs = ByteBuffer()
    for ref in release.refs {
      let text = string(ref.text)
      let qualifier = string(ref.qualifier)
      refs.u32(text.0); refs.u32(text.1); refs.i32(ref.start); refs.i32(ref.end)
      refs.u32(qualifier.0); refs.u32(qualifier.1)
    }
    var index = ByteBuffer()
    for entry in release.index {
      let key = string(entry.key)
      index.u32(key.0); index.u32(key.1); index.i32(entry.node)
    }
    var tokens = ByteBuffer()
    var postings = ByteBuffer()
    var postingCount: UInt32 = 0
    for entry in release.tokens {
      let token = string(entry.token)
      tokens.u32(token.0); tokens.u32(token.1); tokens.u32(postingCount); tokens.u32(UInt32(entry.postings.count))
      for posting in entry.postings {
        postings.i32(posting.node); postings.u16(posting.text); postings.u8(posting.count); postings.u8(0)
      }
      postingCount += UInt32(entry.postings.count)
    }
    var aliases = ByteBuffer()
    for alias in release.aliases {
      aliases.i32(alias.node); aliases.i32(alias.note)
    }
    let meta = StoreMetadata(
      info: release.info, version: release.version, missingFromTree: release.missingFromTree,
      extraInTree: release.extraInTree)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let info = Array(try encoder.encode(meta))

    var out = ByteBuffer()
    let sections = [
      nodes.bytes, notes.bytes, refs.bytes, index.bytes, tokens.bytes, postings.bytes, strings, info, aliases.bytes,
    ]
    var offsets: [UInt32] = []
    var position = StoreLayout.headerSize
    for section in sections {
      offsets.append(UInt32(position))
      position += (section.count + 3) & ~3
    }
    out.u32(StoreLayout.magic); out.u32(StoreLayout.formatVersion)
    out.u32(UInt32(release.codes.count)); out.u32(UInt32(release.notes.count)); out.u32(UInt32(release.refs.count))
    out.u32(UInt32(release.index.count)); out.u32(UInt32(release.tokens.count)); out.u32(postingCount)
    for offset in offsets.prefix(8) { out.u32(offset) }
    out.u32(UInt32(info.count))
    out.u32(UInt32(release.aliases.count))
    out.u32(offsets[8])
    while out.bytes.count < StoreLayout.headerSize { out.u8(0) }
    for section in sections {
      out.bytes.append(contentsOf: section)
      while out.bytes.count % 4 != 0 { out.u8(0) }
    }
    StoreSeal.seal(&out.bytes)
    return out.bytes
  }
}

/// A growable little-endian byte buffer.
struct ByteBuffer {
  var bytes: [UInt8] = []
  mutating func u8(_ v: UInt8) { bytes.append(v) }
  mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
  mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
  mutating func i32(_ v: Int32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
}
