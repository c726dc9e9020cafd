/// The JSON kept in the trail's `previous` and `value` columns for a decision or a disposition.
struct TrailValue: Codable, Equatable {
  struct Change: Codable, Equatable {
    var code: String
    var mark: String
    var reason: String?
    var note: String?
  }

  var kind: String?
  var submitted: [String]?
  var corrected: [String]?
  var note: String?
  var changes: [Change]?
  var verdict: String?
  var finding: Int?
  var findingKind: String?
  var reason: String?

  static func of(_ d: Decision) -> TrailValue {
    TrailValue(
      kind: d.kind.rawValue, submitted: d.submitted, corrected: d.corrected, note: d.note,
      changes: d.changes.isEmpty
        ? nil
        : d.changes.map { Change(code: $0.code, mark: $0.mark.rawValue, reason: $0.reason?.rawValue, note: $0.note) })
  }

  static func of(_ d: Disposition) -> TrailValue {
    TrailValue(verdict: d.verdict.rawValue, finding: d.findingNumber, findingKind: d.findingKind, reason: d.reason)
  }
}
