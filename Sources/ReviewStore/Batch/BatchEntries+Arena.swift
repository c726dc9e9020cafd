/// The arena's encoding: a text is its length as a LEB128 varint, then its UTF-8 bytes.
extension BatchEntries {
  /// Reads a varint at `cursor`, moving past it.
  @inline(__always) static func varint(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> Int {
    var value = 0
    var shift = 0
    while cursor < bytes.count {
      let byte = bytes[cursor]
      cursor += 1
      value |= Int(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return value
  }

  /// Reads a text at `cursor`, moving past it.
  @inline(__always) static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> String {
    let length = varint(bytes, &cursor)
    let end = Swift.min(cursor + length, bytes.count)
    defer { cursor = end }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<end]), as: UTF8.self)
  }

  /// Appends a varint to the arena.
  mutating func appendVarint(_ value: Int) {
    var value = value
    while value >= 0x80 {
      arena.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    arena.append(UInt8(value))
  }

  /// Appends a text (its length, then its bytes) to the arena.
  mutating func appendText(_ utf8: UnsafeBufferPointer<UInt8>) {
    appendVarint(utf8.count)
    arena.append(contentsOf: utf8)
  }
}
