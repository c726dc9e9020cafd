import CodingCore

/// The readable encounters of a batch, packed so that a million fit in about 60 MB.
///
/// An array of ``BatchEntry`` values cost about 270 bytes an encounter (the value, the heap array of
/// its codes, a dictionary entry for its id). Here an encounter is one 24-byte ``Slot``; its id and
/// codes are bytes in one arena, its date and coder are positions in tables of the distinct values,
/// and the id index is a table of 32-bit positions. An entry is made into a ``BatchEntry`` when it is
/// read; the few encounters that carry more than an id, a date and codes (documentation states,
/// unrelated pairs, the pain-management flag) are kept whole beside.
public struct BatchEntries: RandomAccessCollection, Sendable {
  /// Where one entry's fields are.
  struct Slot {
    /// Where its id begins in ``arena``: the id's length and bytes, the number of codes, then each
    /// code's length and bytes (lengths and the count as LEB128 varints).
    var offset: Int
    /// The 1-based line of the batch file.
    var line: Int
    /// Its date's position in ``dates``.
    var date: UInt32
    /// Its coder's position in ``coders`` (0: no coder).
    var coder: UInt32
  }

  var slots: [Slot] = []
  var arena: [UInt8] = []
  var dates: [ServiceDate] = []
  /// The distinct coders; position 0 stands for "none".
  var coders: [String?] = [nil]
  /// Encounters with more than an id, a date and codes, by position.
  var whole: [Int: Encounter] = [:]
  var index = BatchIDIndex()

  /// No entries.
  public init() {}

  public var startIndex: Int { 0 }
  public var endIndex: Int { slots.count }

  /// The entry at a position.
  public subscript(position: Int) -> BatchEntry {
    BatchEntry(
      line: line(at: position), id: id(at: position), encounter: encounter(at: position), coder: coder(at: position))
  }

  /// The 1-based line of the batch file of an entry.
  public func line(at position: Int) -> Int { slots[position].line }

  /// The encounter id of an entry.
  public func id(at position: Int) -> String {
    arena.withUnsafeBufferPointer { bytes in
      var cursor = slots[position].offset
      return Self.text(bytes, &cursor)
    }
  }

  /// The codes of an entry, normalised, first-listed first.
  public func codes(at position: Int) -> [String] {
    arena.withUnsafeBufferPointer { bytes in
      var cursor = slots[position].offset
      cursor += Self.varint(bytes, &cursor)
      let count = Self.varint(bytes, &cursor)
      var codes: [String] = []
      codes.reserveCapacity(count)
      for _ in 0..<count { codes.append(Self.text(bytes, &cursor)) }
      return codes
    }
  }

  /// The date of service of an entry.
  public func date(at position: Int) -> ServiceDate { dates[Int(slots[position].date)] }

  /// The `coder` column of an entry.
  public func coder(at position: Int) -> String? { coders[Int(slots[position].coder)] }

  /// The encounter of an entry as read (its id set, its codes normalised).
  public func encounter(at position: Int) -> Encounter {
    if let kept = whole[position] { return kept }
    return Encounter(id: id(at: position), date: date(at: position), codes: codes(at: position))
  }

  /// The position of the entry with an id, if any.
  public func position(ofID id: String) -> Int? {
    var id = id
    return id.withUTF8 { wanted in
      index.find(hash: BatchIDIndex.hash(wanted)) { idMatches($0, wanted) }
    }
  }

  /// Whether any entry has a coder.
  public var hasCoder: Bool { coders.count > 1 }

  /// Appends an entry (the id must not be in the batch yet: see ``position(ofID:)``); its encounter
  /// takes the entry's id.
  mutating func append(line: Int, id: String, encounter: Encounter, coder: String?) {
    let position = slots.count
    let offset = arena.count
    var id = id
    let hash = id.withUTF8 { utf8 in
      appendText(utf8)
      return BatchIDIndex.hash(utf8)
    }
    appendVarint(encounter.codes.count)
    for var code in encounter.codes { code.withUTF8 { appendText($0) } }
    slots.append(Slot(offset: offset, line: line, date: intern(encounter.date), coder: intern(coder)))
    var index = BatchIDIndex()
    swap(&index, &self.index)
    index.insert(position, hash: hash, count: slots.count) { hashOfID(at: $0) }
    swap(&index, &self.index)
    if !encounter.unrelated.isEmpty || !encounter.documentation.isEmpty || encounter.painManagementFocus != nil
      || encounter.options != .standard
    {
      var encounter = encounter
      encounter.id = id
      whole[position] = encounter
    }
  }

  /// Makes room for a number of entries and arena bytes.
  mutating func reserveCapacity(entries: Int, bytes: Int) {
    slots.reserveCapacity(entries)
    arena.reserveCapacity(bytes)
    var index = BatchIDIndex()
    swap(&index, &self.index)
    index.reserveCapacity(entries) { hashOfID(at: $0) }
    swap(&index, &self.index)
  }

  private var internedDates: [ServiceDate: UInt32] = [:]
  private var internedCoders: [String: UInt32] = [:]

  private mutating func intern(_ date: ServiceDate) -> UInt32 {
    if let known = internedDates[date] { return known }
    let position = UInt32(dates.count)
    dates.append(date)
    internedDates[date] = position
    return position
  }

  private mutating func intern(_ coder: String?) -> UInt32 {
    guard let coder else { return 0 }
    if let known = internedCoders[coder] { return known }
    let position = UInt32(coders.count)
    coders.append(coder)
    internedCoders[coder] = position
    return position
  }

  private func hashOfID(at position: Int) -> Int {
    arena.withUnsafeBufferPointer { bytes in
      var cursor = slots[position].offset
      let length = Self.varint(bytes, &cursor)
      return BatchIDIndex.hash(UnsafeBufferPointer(rebasing: bytes[cursor..<(cursor + length)]))
    }
  }

  private func idMatches(_ position: Int, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
    arena.withUnsafeBufferPointer { bytes in
      var cursor = slots[position].offset
      let length = Self.varint(bytes, &cursor)
      guard length == wanted.count else { return false }
      return UnsafeBufferPointer(rebasing: bytes[cursor..<(cursor + length)]).elementsEqual(wanted)
    }
  }
}
