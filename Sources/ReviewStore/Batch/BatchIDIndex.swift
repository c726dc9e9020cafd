/// The positions of a batch's entries by encounter id: an open-addressed table of 32-bit slots,
/// linear probing, at most half full (8 bytes an encounter where a `[String: Int]` took about 50).
///
/// The ids themselves stay in the batch's arena: a lookup compares them through `matches`.
struct BatchIDIndex: Sendable {
  /// Per slot: an entry's position + 1, or 0 when the slot is empty; the count is a power of two.
  private var slots: [UInt32] = []

  /// The hash of an id's bytes (seeded per process, so no batch can be made to collide on purpose).
  static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
    var hasher = Hasher()
    hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
    return hasher.finalize()
  }

  /// The entry whose id has `hash` and `matches`, if any.
  func find(hash: Int, matches: (Int) -> Bool) -> Int? {
    guard !slots.isEmpty else { return nil }
    let mask = slots.count - 1
    var i = hash & mask
    while slots[i] != 0 {
      let position = Int(slots[i]) - 1
      if matches(position) { return position }
      i = (i + 1) & mask
    }
    return nil
  }

  /// Adds an entry whose id has `hash`; `count` is the number of entries once it is added, and
  /// `hashOf` gives the hash of an earlier entry's id when the table grows.
  mutating func insert(_ position: Int, hash: Int, count: Int, hashOf: (Int) -> Int) {
    if count * 2 > slots.count { grow(to: count * 2, hashOf: hashOf) }
    let mask = slots.count - 1
    var i = hash & mask
    while slots[i] != 0 { i = (i + 1) & mask }
    slots[i] = UInt32(truncatingIfNeeded: position + 1)
  }

  /// Makes room for a number of entries.
  mutating func reserveCapacity(_ count: Int, hashOf: (Int) -> Int) {
    if count * 2 > slots.count { grow(to: count * 2, hashOf: hashOf) }
  }

  private mutating func grow(to minimum: Int, hashOf: (Int) -> Int) {
    var size = 16
    while size < minimum { size <<= 1 }
    let old = slots
    slots = [UInt32](repeating: 0, count: size)
    let mask = size - 1
    for slot in old where slot != 0 {
      var i = hashOf(Int(slot) - 1) & mask
      while slots[i] != 0 { i = (i + 1) & mask }
      slots[i] = slot
    }
  }
}
