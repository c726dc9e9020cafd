/// An open-addressing hash map from packed keys (``PackedKey``) to table positions: the rules
/// engine's lookups on every code of every encounter, without hashing strings.
///
/// Key and value share a slot, so a lookup touches one cache line.
struct KeyTable {
  /// One slot; `value` is -1 when the slot is empty.
  struct Slot {
    var key: UInt64
    var value: Int32
  }

  private var slots: [Slot]
  private var mask: Int
  /// The number of keys stored.
  private(set) var count = 0

  /// Creates an empty table with room for about `capacity` keys before it grows.
  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(key: 0, value: -1), count: size)
    mask = size - 1
  }

  @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
  }

  /// The value stored for a key, or nil.
  @inline(__always) func find(_ key: UInt64) -> Int32? {
    slots.withUnsafeBufferPointer { s in
      var i = Self.slot(key, mask)
      while true {
        let slot = s[i]
        if slot.value < 0 { return nil }
        if slot.key == key { return slot.value }
        i = (i + 1) & mask
      }
    }
  }

  /// Starts loading the slot where a lookup of `key` begins, so that a later ``find(_:)`` finds it
  /// in the cache.
  @inline(__always) func prefetch(_ key: UInt64) { slots.prefetch(Self.slot(key, mask)) }

  /// Stores a value (not negative) for a key, replacing any earlier one.
  mutating func insert(_ key: UInt64, _ value: Int32) { _ = store(key, value, replacing: true) }

  /// Stores a value (not negative) for a key unless it has one; returns the value it already had.
  mutating func insertIfAbsent(_ key: UInt64, _ value: Int32) -> Int32? { store(key, value, replacing: false) }

  /// One probe for both insertions: the earlier value, if any.
  private mutating func store(_ key: UInt64, _ value: Int32, replacing: Bool) -> Int32? {
    if (count + 1) * 2 > slots.count { grow() }
    let mask = mask
    let earlier = slots.withUnsafeMutableBufferPointer { s -> Int32? in
      var i = Self.slot(key, mask)
      while s[i].value >= 0 {
        if s[i].key == key {
          let old = s[i].value
          if replacing { s[i].value = value }
          return old
        }
        i = (i + 1) & mask
      }
      s[i] = Slot(key: key, value: value)
      return nil
    }
    if earlier == nil { count += 1 }
    return earlier
  }

  /// Empties the table, keeping its storage.
  mutating func removeAll() {
    guard count > 0 else { return }
    for i in slots.indices { slots[i].value = -1 }
    count = 0
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: 0, value: -1), count: old.count * 2)
    mask = slots.count - 1
    count = 0
    for slot in old where slot.value >= 0 { insert(slot.key, slot.value) }
  }
}
