/// What a cache holds for a key, or a ``RuleEntry`` for its code's own finding: a kept finding,
/// nothing to report, a finding not made yet, or a pair's finding made once and not kept.
///
/// Stored in one `Int32`, so that it fits a ``KeyTable`` slot and keeps ``RuleEntry`` small; the
/// encoding is private: callers read ``state``.
struct FindingSlot: Equatable {
  /// What the slot says.
  enum State: Equatable {
    /// A finding of ``FindingCache/store``, at this position.
    case kept(Int32)
    /// Nothing to report.
    case none
    /// Not made yet (a non-billable code's own finding is made on first use).
    case notMade
    /// Made once for one encounter, in ``FindingCache/transient`` (a pair first seen in a JSON
    /// Lines batch); kept the second time it is seen.
    case seenOnce
  }

  private let raw: Int32
  // Every value is non-negative: a ``KeyTable`` slot holding -1 is empty.
  private static let noneRaw = Int32.max
  private static let seenOnceRaw = Int32.max - 1
  private static let notMadeRaw = Int32.max - 2

  private init(raw: Int32) { self.raw = raw }

  /// A kept finding.
  @inline(__always) static func kept(_ position: Int32) -> FindingSlot { FindingSlot(raw: position) }
  /// Nothing to report.
  static let none = FindingSlot(raw: noneRaw)
  /// Not made yet.
  static let notMade = FindingSlot(raw: notMadeRaw)
  /// Made once, not kept.
  static let seenOnce = FindingSlot(raw: seenOnceRaw)

  /// What the slot says.
  @inline(__always) var state: State {
    switch raw {
    case Self.noneRaw: .none
    case Self.seenOnceRaw: .seenOnce
    case Self.notMadeRaw: .notMade
    default: .kept(raw)
    }
  }

  /// The kept finding, if the slot holds one.
  @inline(__always) var ref: FindingRef? { raw < Self.notMadeRaw ? .kept(raw) : nil }

  /// The slot of a kept finding's reference, or ``none``.
  @inline(__always) init(_ ref: FindingRef?) {
    if case .kept(let position)? = ref?.place { raw = position } else { raw = Self.noneRaw }
  }

  /// The slot as a ``KeyTable`` value.
  @inline(__always) var tableValue: Int32 { raw }

  /// A slot from a ``KeyTable`` value.
  @inline(__always) init(tableValue: Int32) { raw = tableValue }
}
