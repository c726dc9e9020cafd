/// The JSON of a finding the engine produces again and again (cached pair and code findings),
/// rendered once for the audit's hot path. Ignored by equality and hashing.
final class SerializedFinding: Sendable, Hashable {
  /// The finding's JSON object.
  let bytes: [UInt8]

  init(_ finding: Finding) {
    var w = JSONWriter(capacity: 512)
    finding.writeJSON(to: &w)
    bytes = w.bytes
  }

  static func == (lhs: SerializedFinding, rhs: SerializedFinding) -> Bool { true }
  func hash(into hasher: inout Hasher) {}
}
