/// The rules engine's compact record of one code (by lookup key) in one release: plain values only,
/// so the per-encounter loops copy no objects and count no references.
///
/// Positions point into the arrays of ``CodeIndex`` and ``ChainIndex``.
struct RuleEntry {
  /// A billable code.
  static let billable: UInt32 = 1 << 0
  /// The title says "unspecified" (valid once ``unspecifiedKnown`` is set).
  static let unspecified: UInt32 = 1 << 1
  static let unspecifiedKnown: UInt32 = 1 << 2
  /// Under M54.3 Sciatica.
  static let sciatica: UInt32 = 1 << 3
  /// Under M54.5 Low back pain.
  static let lowBackPain: UInt32 = 1 << 4
  /// Under M54.4 Lumbago with sciatica.
  static let lumbagoWithSciatica: UInt32 = 1 << 5
  /// Under G89.2 Chronic pain, not elsewhere classified.
  static let chronicPain: UInt32 = 1 << 6
  /// Under the parent of G89.2 (G89 Pain, not elsewhere classified).
  static let painCategory: UInt32 = 1 << 7
  /// Under M54 Dorsalgia.
  static let dorsalgia: UInt32 = 1 << 8
  /// Under section M40-M54 Dorsopathies.
  static let dorsopathies: UInt32 = 1 << 9
  /// M54.0 (panniculitis) or M54.1 (radiculopathy) or below: not general back pain.
  static let notGeneralPain: UInt32 = 1 << 10
  /// The chain has a Code first note with resolved references (the only note checked at warning level).
  static let codeFirstWithRanges: UInt32 = 1 << 11
  /// The lookup key is empty (the typed text had nothing but dots and spaces).
  static let emptyKey: UInt32 = 1 << 12

  /// The normalised spelling as a JSON string when it fits in 16 bytes (``codeCount`` at most 16),
  /// as laid out in memory: the record of an encounter copies it from the entry it has just read,
  /// without touching ``CodeIndex/codeBytes``.
  var inlineCode: (UInt64, UInt64) = (0, 0)
  /// The node, or -1 when the key is not a code of the release.
  var node: Int32
  /// The node's parent, or -1.
  var parent: Int32
  /// The flags above.
  var flags: UInt32
  /// The nearest carrier of the chain (the code or an ancestor) with Excludes references or
  /// instructional notes: a position in ``ChainIndex/carriers`` (0: none). The rest of the chain
  /// follows ``CarrierSpan/next``.
  var head: Int32
  /// The finding the code earns alone (invalid, not in release, non-billable), if any.
  var finding: FindingSlot
  /// The normalised spelling as a JSON string, in ``CodeIndex/codeBytes``.
  var codeStart: Int32
  var codeCount: Int32

  /// An entry with no spelling yet.
  init(node: Int32, parent: Int32, flags: UInt32, head: Int32, finding: FindingSlot) {
    self.node = node
    self.parent = parent
    self.flags = flags
    self.head = head
    self.finding = finding
    codeStart = 0
    codeCount = 0
  }

  /// Whether the lookup key is empty.
  var isEmptyKey: Bool { flags & Self.emptyKey != 0 }

  /// Appends a code of the release to ``CodeIndex/codeBytes`` as a JSON string (codes are letters,
  /// digits and a dot: nothing to escape) and sets the spelling from it, inline when it fits.
  mutating func setCode(quoting code: UnsafeRawBufferPointer, appendingTo bytes: inout [UInt8]) {
    guard code.count <= 14 else {
      let start = bytes.count
      bytes.append(UInt8(ascii: "\""))
      bytes.append(contentsOf: code)
      bytes.append(UInt8(ascii: "\""))
      return setCode(start: start, in: bytes)
    }
    var inline: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &inline) { target in
      target[0] = UInt8(ascii: "\"")
      UnsafeMutableRawBufferPointer(rebasing: target[1..<(1 + code.count)]).copyMemory(from: code)
      target[1 + code.count] = UInt8(ascii: "\"")
    }
    codeStart = Int32(bytes.count)
    codeCount = Int32(code.count + 2)
    inlineCode = inline
    withUnsafeBytes(of: &inline) { bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<(code.count + 2)])) }
  }

  /// Sets the spelling's place in ``CodeIndex/codeBytes`` and, when it fits, its inline copy.
  mutating func setCode(start: Int, in bytes: [UInt8]) {
    codeStart = Int32(start)
    codeCount = Int32(bytes.count - start)
    guard codeCount <= 16 else { return }
    var inline: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &inline) { target in
      bytes.withUnsafeBytes { source in
        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<bytes.count]))
      }
    }
    inlineCode = inline
  }

  /// Whether a flag is set.
  @inline(__always) func has(_ flag: UInt32) -> Bool { flags & flag != 0 }
}
