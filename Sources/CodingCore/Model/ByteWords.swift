/// Word-at-a-time byte arithmetic (eight bytes in a `UInt64`) for the scans of the audit's hot path:
/// lookup keys, CSV fields and code lists.
enum ByteWords {
  /// The top bit of every byte of a word.
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// A byte repeated in every byte of a word.
  @inline(__always) static func spread(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

  /// The top bit set in exactly the bytes of `v` that are zero.
  @inline(__always) static func zeroBytes(_ v: UInt64) -> UInt64 {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((v & low7) &+ low7) | v | low7)
  }
}
