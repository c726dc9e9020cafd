/// One piece of pair evidence as a JSON Lines batch writes it: its JSON fields and its description
/// for messages, rendered and escaped once and kept in ``RuleTables/fragmentBytes``, so the finding
/// of each new pair is assembled by copying bytes.
struct EvidenceFragment {
  /// Where `,"carrier":…` (``Evidence/writeFields(to:)``) sits in the bytes.
  var fieldsStart: Int32
  var fieldsCount: Int32
  /// Where ``ExcludesPair/describe(_:)``, escaped for a JSON string and without quotes, sits.
  var describedStart: Int32
  var describedCount: Int32
  /// Whether the evidence decides its finding or is overruled.
  var role: Evidence.Role
  /// Where the note comes from.
  var authority: Authority
  /// The note's kind (Excludes1 or Excludes2).
  var noteKind: NoteKind?
}
