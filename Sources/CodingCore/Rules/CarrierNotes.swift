/// The Excludes references and instructional notes of one node's own notes, shared by every code
/// below it (a chapter's notes are resolved once, not once per code).
final class CarrierNotes: Sendable {
  /// The node carrying the notes.
  let carrier: NodeID
  /// Its Excludes1/Excludes2 references (and curated ones), in note order.
  let ranges: [ChainRange]
  /// `ranges` as interleaved start and end bounds, scanned on every pair check.
  let bounds: [Int32]
  /// Its Code first / Use additional code / Code also notes.
  let instructions: [Instruction]

  init(carrier: NodeID, ranges: [ChainRange], instructions: [Instruction]) {
    self.carrier = carrier
    self.ranges = ranges
    self.instructions = instructions
    var bounds: [Int32] = []
    bounds.reserveCapacity(ranges.count * 2)
    for range in ranges {
      bounds.append(range.start)
      bounds.append(range.end)
    }
    self.bounds = bounds
  }

  /// A node without notes.
  static let empty = CarrierNotes(carrier: NodeID(-1), ranges: [], instructions: [])
}
