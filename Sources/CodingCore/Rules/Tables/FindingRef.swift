/// A finding of the encounter just checked, by where it is kept: in the finding store (made once,
/// reused by every encounter), among the transient findings (made for one encounter, kept if seen
/// again) or among the encounter's own findings.
///
/// Stored in one `Int32` so that an encounter's list of findings stays a flat array of words.
struct FindingRef: Hashable, Sendable {
  /// Where a finding is kept.
  enum Place: Equatable {
    /// Position in ``FindingCache/store``.
    case kept(Int32)
    /// Position in ``FindingCache/transient``.
    case transient(Int32)
    /// Position in ``EncounterScratch/dynamic``.
    case dynamic(Int)
  }

  private let raw: Int32
  /// Values at or below this one are transient findings.
  private static let transientBase: Int32 = -(1 << 30)

  private init(raw: Int32) { self.raw = raw }

  /// A finding of the store.
  @inline(__always) static func kept(_ position: Int32) -> FindingRef { FindingRef(raw: position) }
  /// A transient finding.
  @inline(__always) static func transient(_ position: Int32) -> FindingRef {
    FindingRef(raw: transientBase - position)
  }
  /// A finding made for this encounter only.
  @inline(__always) static func dynamic(_ index: Int) -> FindingRef { FindingRef(raw: -1 - Int32(index)) }

  /// Where the finding is kept.
  @inline(__always) var place: Place {
    if raw >= 0 { return .kept(raw) }
    if raw <= Self.transientBase { return .transient(Self.transientBase - raw) }
    return .dynamic(Int(-1 - raw))
  }
}
