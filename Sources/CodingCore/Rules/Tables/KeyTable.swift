/// An open-addressing hash map from packed keys (``PackedKey``) to table positions: the rules
/// engine's lookups on every code of every encounter, without hashing strings.
struct KeyTable {
  private var keys: [UInt64]
  /// Stored values; `-1` marks an empty slot.
  private var values: [Int32]
  private var mask: Int
  /// The number of keys stored.
  private(set) var count = 0

  /// Creates an empty table with room for about `capacity` keys before it grows.
  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
  }

  /// The value stored for a key, or nil.
  @inline(__always) func find(_ key: UInt64) -> Int32? {
    keys.withUnsafeBufferPointer { k in
      values.withUnsafeBufferPointer { v in
        var i = Self.slot(key, mask)
        while true {
          let value = v[i]
          if value < 0 { return nil }
          if k[i] == key { return value }
          i = (i + 1) & mask
        }
      }
    }
  }

  /// Stores a value (not negative) for a key, replacing any earlier one.
  mutating func insert(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    var i = Self.slot(key, mask)
    while values[i] >= 0 {
      if keys[i] == key {
        values[i] = value
        return
      }
      i = (i + 1) & mask
    }
    keys[i] = key
    values[i] = value
    count += 1
  }

  /// Empties the table, keeping its storage.
  mutating func removeAll() {
    guard count > 0 else { return }
    for i in values.indices { values[i] = -1 }
    count = 0
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let size = keys.count * 2
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
    count = 0
    for i in oldValues.indices where oldValues[i] >= 0 { insert(oldKeys[i], oldValues[i]) }
  }
}
