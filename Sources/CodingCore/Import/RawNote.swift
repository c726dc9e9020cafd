/// An instructional note exactly as read from the tabular XML, before references are resolved.
struct RawNote: Sendable {
  /// The note's kind (the XML element that holds it).
  var kind: NoteKind
  /// The note text, whitespace-trimmed.
  var text: String
  /// For `sevenChrDef` notes, the 7th character (`A`, `D`, `S`...); otherwise nil.
  var character: Character?
}
