/// One derived checklist item as the compiler stores it on the node that carries it.
struct DerivedRecord: Sendable, Equatable {
  var kind: DerivedItemKind
  /// The 7th character a `seventhCharacter` record is for (0 otherwise).
  var character: UInt8 = 0
  /// The checklist sentence.
  var text: String
  /// The official text it comes from: the note, or the sibling codes.
  var source: String
  /// Codes named by the source (`M47.2-`), or the unspecified sibling; comma-separated.
  var codes: String = ""
}
