/// One piece of pair evidence as a JSON Lines batch writes it, rendered and escaped once and kept
/// in ``FindingFragments/bytes``, so the finding of each new pair is assembled by copying bytes.
///
/// The bytes lie back to back: `"role":…,"authority":…` (its head in `also`), the fields
/// (``Evidence/writeFields(to:)``), its note's heading in a message (``ExcludesMessage/heading(_:)``)
/// and its description (``ExcludesPair/describe(_:)``), the last two escaped for a JSON string,
/// without quotes.
struct EvidenceFragment {
  /// Where each part starts; `end` is where the description ends.
  var alsoStart: Int32
  var fieldsStart: Int32
  var headingStart: Int32
  var describedStart: Int32
  var end: Int32
  /// Whether the evidence decides its finding or is overruled.
  var role: Evidence.Role
}
