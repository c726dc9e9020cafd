/// The encounter being checked: its codes as entries, the distinct codes of the release, the
/// findings reported, and the working lists of the checks, reused from one encounter to the next
/// so that checking allocates nothing once warm.
struct EncounterScratch {
  /// One entry (a position in ``CodeIndex/entries``) per typed code, in order.
  var order: [Int32] = []
  /// The distinct codes of the release among them, in order.
  var present: [Int32] = []
  /// The union of the present codes' ``RuleEntry`` flags (rules skip encounters they cannot apply to).
  var presentFlags: UInt32 = 0
  /// The findings reported, in order.
  var refs: [FindingRef] = []
  /// The findings made for this encounter only (``FindingRef/dynamic(_:)``).
  var dynamic: [Finding] = []
  /// Working list of ``RuleTables/add(codes:)``: a line's codes, packed when they pack, with their
  /// bytes (only the first ones, those of the line being added, are read: the rest are stale).
  var pendingCodes: [(key: UInt64?, bytes: UnsafeBufferPointer<UInt8>)] = []
  /// Working list of ``RuleTables/pairFindings(_:)``: the pairs of present codes the masks cannot
  /// rule out.
  var pairCandidates: [(Int, Int)] = []
  /// Working lists of ``RuleTables/keepPairJSON(_:_:options:transient:)``: a pair's matching
  /// references, and its evidence fragments in order.
  var pairMatches: [(r: Int32, subject: Int32, other: Int32)] = []
  var pairParts: [Int32] = []
  /// The order of a pair's evidence (``RuleTables/orderEvidence(_:decision:into:)``).
  var pairOrder: [(index: Int32, decides: Bool)] = []

  /// Empties the encounter's lists, keeping their storage.
  @inline(__always) mutating func begin() {
    order.removeAll(keepingCapacity: true)
    if !refs.isEmpty { refs.removeAll(keepingCapacity: true) }
    if !dynamic.isEmpty { dynamic.removeAll(keepingCapacity: true) }
  }

  /// Reports a finding made for this encounter only.
  @inline(__always) mutating func report(_ finding: Finding) {
    refs.append(.dynamic(dynamic.count))
    dynamic.append(finding)
  }
}
