/// What one piece of pair evidence depends on: the reference (note, range, curated entry, kind),
/// the subject entry and the role.
struct EvidenceKey: Hashable {
  var note: Int32
  var subject: Int32
  var start: Int32
  var end: Int32
  var curated: Int32
  var kind: UInt8
  var decides: Bool
}
