/// A set of node buckets: 256 buckets of `1 << shift` consecutive node positions. The rules engine
/// marks the buckets a chain's Excludes references cover, so most pairs are rejected by one test.
struct NodeMask {
  private var w0: UInt64 = 0
  private var w1: UInt64 = 0
  private var w2: UInt64 = 0
  private var w3: UInt64 = 0

  /// The bucket count.
  static let buckets = 256

  /// Creates an empty mask.
  init() {}

  /// Whether the bucket of a node position is in the set.
  @inline(__always) func contains(node: Int32, shift: Int) -> Bool {
    let b = Int(node) >> shift
    // The four words are laid out in order: one load at the bucket's word, without branches.
    let word = withUnsafeBytes(of: self) { $0.load(fromByteOffset: (b >> 3) & 0x18, as: UInt64.self) }
    return word & (1 << UInt64(b & 63)) != 0
  }

  /// Adds the buckets of the node positions `start..<end`.
  mutating func insert(_ start: Int32, _ end: Int32, shift: Int) {
    guard start < end, start >= 0 else { return }
    let high = min(Self.buckets - 1, Int(end - 1) >> shift)
    var b = Int(start) >> shift
    while b <= high {
      let bit: UInt64 = 1 << UInt64(b & 63)
      switch b >> 6 {
      case 0: w0 |= bit
      case 1: w1 |= bit
      case 2: w2 |= bit
      default: w3 |= bit
      }
      b += 1
    }
  }

  /// Adds every bucket of another mask.
  @inline(__always) mutating func formUnion(_ other: NodeMask) {
    w0 |= other.w0
    w1 |= other.w1
    w2 |= other.w2
    w3 |= other.w3
  }
}
