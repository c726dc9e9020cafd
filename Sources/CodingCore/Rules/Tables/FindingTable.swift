/// A ``KeyTable`` of ``FindingSlot``s: a finding cache by packed key (pair, note, rule, date…).
struct FindingTable {
  private var table: KeyTable

  /// Creates an empty table with room for about `capacity` keys before it grows.
  init(capacity: Int = 1024) { table = KeyTable(capacity: capacity) }

  /// The number of keys stored.
  var count: Int { table.count }

  /// The slot stored for a key, or nil.
  @inline(__always) func find(_ key: UInt64) -> FindingSlot? { table.find(key).map(FindingSlot.init(tableValue:)) }

  /// Stores a slot for a key.
  @inline(__always) mutating func insert(_ key: UInt64, _ slot: FindingSlot) { table.insert(key, slot.tableValue) }

  /// Empties the table, keeping its storage.
  mutating func removeAll() { table.removeAll() }
}
