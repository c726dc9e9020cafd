/// Up to eight bytes of a code, as typed or normalised, packed into one integer (zero-padded), the
/// key of ``KeyTable``. Longer text, or text containing a NUL byte, does not pack.
enum PackedKey {
  /// The packed form of bytes; nil when there are more than eight or one is zero.
  @inline(__always) static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard bytes.count <= 8 else { return nil }
    var value: UInt64 = 0
    var shift: UInt64 = 0
    for b in bytes {
      if b == 0 { return nil }
      value |= UInt64(b) << shift
      shift += 8
    }
    return value
  }

  /// The packed form of a string's UTF-8 bytes.
  static func pack(_ text: String) -> UInt64? {
    var text = text
    return text.withUTF8 { pack($0) }
  }

  /// The lookup key of typed ASCII bytes packed directly (``CodeNormalizer/key(_:)``: upper case,
  /// without dots, spaces or tabs); nil for non-ASCII text or a key longer than eight bytes.
  @inline(__always) static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    if bytes.count <= 8, let base = bytes.baseAddress { return normalizedWord(base, count: bytes.count) }
    var value: UInt64 = 0
    var shift: UInt64 = 0
    for var b in bytes {
      if b == UInt8(ascii: ".") || b == UInt8(ascii: " ") || b == 0x09 { continue }
      if b >= 0x80 || b == 0 || shift == 64 { return nil }
      if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { b -= 0x20 }
      value |= UInt64(b) << shift
      shift += 8
    }
    return value
  }

  /// ``normalized(_:)`` of at most eight bytes, a word at a time: checked, upper-cased and with
  /// dots, spaces and tabs squeezed out, without a loop over the bytes' values.
  @inline(__always) static func normalizedWord(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64? {
    var word: UInt64 = 0
    for i in 0..<count { word |= UInt64(base[i]) << (8 * UInt64(i)) }
    let highs: UInt64 = 0x8080_8080_8080_8080
    let inside: UInt64 = count == 8 ? highs : highs & ((1 << (8 * UInt64(count))) &- 1)
    if word & highs != 0 || ByteWords.zeroBytes(word) & inside != 0 { return nil }
    // Lower-case letters lose 0x20: a byte of 0x61...0x7A has bit 7 set after adding 0x1F, not after adding 0x05.
    let lower = (word &+ ByteWords.spread(0x1F)) & ~(word &+ ByteWords.spread(0x05)) & highs
    word &-= lower >> 2
    var skip =
      (ByteWords.zeroBytes(word ^ ByteWords.spread(UInt8(ascii: ".")))
        | ByteWords.zeroBytes(word ^ ByteWords.spread(UInt8(ascii: " ")))
        | ByteWords.zeroBytes(word ^ ByteWords.spread(0x09))) & inside
    while skip != 0 {
      // Drop the lowest flagged byte: the bytes above it move down by one, and so do their flags.
      let start = UInt64(skip.trailingZeroBitCount) &- 7
      let below: UInt64 = (1 << start) &- 1
      word = (word & below) | ((word >> 8) & ~below)
      skip = (skip & (skip &- 1)) >> 8
    }
    return word
  }

  /// Whether a packed key holds a `-` (a range such as `M54.4-`, looked up by prefix).
  @inline(__always) static func containsDash(_ key: UInt64) -> Bool {
    ByteWords.zeroBytes(key ^ ByteWords.spread(UInt8(ascii: "-"))) != 0
  }
}
