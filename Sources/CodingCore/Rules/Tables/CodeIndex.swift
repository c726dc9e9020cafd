/// The codes the rules engine has met in one release, one ``RuleEntry`` each, found by their
/// normalised lookup key: packed keys in a hash table, longer ones in a dictionary, and the JSON
/// spelling of every entry back to back, copied into every record that lists the code.
///
/// Entries are made by ``RuleTables`` (an entry needs its chain and, for a code that is not in the
/// release, its finding); this index stores and finds them.
struct CodeIndex {
  /// The release the codes are looked up in.
  let release: Release
  /// Entries, by position.
  var entries: [RuleEntry] = []
  /// The lookup key and spelling of entries that are not codes of the release, by entry (codes
  /// read their text from the release when a finding needs it).
  var missingNames: [Int32: (key: String, code: String)] = [:]
  /// The normalised spellings as JSON strings, back to back.
  var codeBytes: [UInt8] = []
  /// Entry positions by lookup key (packed), and by lookup keys too long to pack.
  var keyed = KeyTable(capacity: 1 << 12)
  var keyedLong: [String: Int32] = [:]
  /// Whether every code of the release has an entry (see ``RuleTables/enterAllCodes()``).
  var allCodesEntered = false
  /// Checklist item positions of entries whose checklist was asked for, and where each entry's
  /// items are among them (only encounters with documentation ask).
  var checklistItems: [Int32] = []
  var checklistSpans: [Int32: Range<Int>] = [:]
  /// Nodes by packed lookup key, built once lookups of new codes become frequent.
  private var nodeTable: KeyTable?
  private var searchedLookups = 0

  /// The number of entries after which the index is emptied between encounters.
  static let entryLimit = 1 << 17

  /// An empty index.
  init(release: Release) { self.release = release }

  /// The node of an entry, if it is a code of the release.
  @inline(__always) func node(_ e: Int32) -> NodeID? {
    let n = entries[Int(e)].node
    return n >= 0 ? NodeID(n) : nil
  }

  /// The lookup key of an entry (`M5450`).
  func key(_ e: Int32) -> String {
    node(e).map { CodeNormalizer.key(release.code($0)) } ?? missingNames[e]?.key ?? ""
  }

  /// The normalised spelling of an entry: the release's code, or the dotted key (`M54.50`).
  func code(_ e: Int32) -> String { node(e).map { release.code($0) } ?? missingNames[e]?.code ?? "" }

  /// The node of a lookup key (its text made by `key` only when needed): binary search in the
  /// release's index at first, a hash table once many new codes are looked up (a batch).
  mutating func lookup(packed: UInt64?, key: () -> String) -> NodeID? {
    if let packed, !PackedKey.containsDash(packed) {
      if let table = nodeTable { return table.find(packed).map { NodeID($0) } }
      searchedLookups += 1
      if searchedLookups > 256 {
        nodeTable = release.packedKeyTable()
        return nodeTable?.find(packed).map { NodeID($0) }
      }
      return release.lookup(normalizedKey: key())
    }
    let text = key()
    return text.utf8.contains(UInt8(ascii: "-")) ? release.lookup(text) : release.lookup(normalizedKey: text)
  }

  /// Stores an entry under its key (packed, or the key's text) and returns its position.
  mutating func append(_ entry: RuleEntry, packed: UInt64?, key: () -> String) -> Int32 {
    let position = Int32(entries.count)
    entries.append(entry)
    if let packed { keyed.insert(packed, position) } else { keyedLong[key()] = position }
    return position
  }

  /// Appends a spelling as a JSON string to ``codeBytes`` and returns where it starts.
  mutating func appendSpelling(_ spelling: String) -> Int {
    var w = JSONWriter(capacity: 0)
    swap(&w.bytes, &codeBytes)
    let start = w.bytes.count
    w.string(spelling)
    swap(&w.bytes, &codeBytes)
    return start
  }

  /// The text of a packed key.
  static func unpack(_ key: UInt64) -> String {
    var bytes: [UInt8] = []
    var rest = key
    while rest != 0 {
      bytes.append(UInt8(truncatingIfNeeded: rest))
      rest >>= 8
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Makes room for a batch (a large one enters every code at once, table included).
  mutating func reserveForBatch(entersAllAtOnce: Bool) {
    entries.reserveCapacity(1 << 17)
    codeBytes.reserveCapacity(1 << 21)
    if keyed.count == 0 && !entersAllAtOnce { keyed = KeyTable(capacity: 1 << 17) }
  }

  /// Forgets every entry, keeping storage (the node table stays: it depends on the release only).
  mutating func removeAll() {
    entries.removeAll(keepingCapacity: true)
    allCodesEntered = false
    missingNames.removeAll()
    codeBytes.removeAll(keepingCapacity: true)
    keyed.removeAll()
    keyedLong.removeAll()
    checklistItems.removeAll(keepingCapacity: true)
    checklistSpans.removeAll()
  }
}
