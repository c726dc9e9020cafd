/// A 7th-character table as the `non-billable` findings of a JSON Lines batch write it: the note
/// and each character's meaning, escaped once per table.
struct SevenCharacterJSON {
  /// The node whose `sevenChrDef` applies.
  var carrier: NodeID
  /// `A initial encounter; D subsequent encounter; S sequela`, escaped for a JSON string.
  var note: [UInt8]
  /// Each character (an ASCII byte) with its meaning escaped, in the official order.
  var meanings: [(character: UInt8, meaning: [UInt8])]

  /// The table's JSON pieces.
  init(_ table: SevenCharacterTable) {
    carrier = table.carrier
    var w = JSONWriter(capacity: 256)
    w.contents(table.entries.map { "\($0.character) \($0.meaning)" }.joined(separator: "; "))
    note = w.bytes
    meanings = table.entries.compactMap { entry in
      guard let ascii = entry.character.asciiValue else { return nil }
      var m = JSONWriter(capacity: 64)
      m.contents(entry.meaning)
      return (ascii, m.bytes)
    }
  }

  /// The escaped meaning of the first entry for a character, if any.
  func meaning(of character: UInt8) -> [UInt8]? { meanings.first { $0.character == character }?.meaning }
}
