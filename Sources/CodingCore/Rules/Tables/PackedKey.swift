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
}
