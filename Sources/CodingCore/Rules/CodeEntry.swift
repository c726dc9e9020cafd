/// Everything the engine needs about one typed code in one release, computed once and cached.
final class CodeEntry: Sendable {
  /// The lookup key (`M5450`).
  let key: String
  /// The normalised spelling: the release's code when found, the dotted key otherwise.
  let dotted: String
  /// The node when the key is a code of the release.
  let node: NodeID?
  /// Whether the node is a billable code.
  let billable: Bool
  /// The node's parent, for sibling rules.
  let parent: NodeID?
  /// Whether the title says "unspecified".
  let isUnspecified: Bool
  /// The notes of the code and of each ancestor, nearest first (shared between codes).
  let chain: [CarrierNotes]
  /// Every Excludes reference of the chain as (start, end, chain index, range index) quadruples,
  /// scanned on every pair check without touching the shared objects.
  let bounds: [Int32]
  /// The same quadruples for the Excludes1 references only (official and curated): a pair with
  /// none of them cannot be an Excludes1 pair.
  let excludes1Bounds: [Int32]
  /// Positions of the checklist items that apply to the code.
  let checklistItems: [Int]
  /// The finding the code earns alone (invalid, not in release, non-billable), if any.
  let finding: Finding?

  init(
    key: String, dotted: String, node: NodeID?, billable: Bool, parent: NodeID?, isUnspecified: Bool,
    chain: [CarrierNotes], checklistItems: [Int], finding: Finding?
  ) {
    self.key = key
    self.dotted = dotted
    self.node = node
    self.billable = billable
    self.parent = parent
    self.isUnspecified = isUnspecified
    self.chain = chain
    var bounds: [Int32] = []
    bounds.reserveCapacity(chain.reduce(0) { $0 + $1.ranges.count } * 4)
    for (c, notes) in chain.enumerated() {
      for (r, range) in notes.ranges.enumerated() {
        bounds.append(range.start)
        bounds.append(range.end)
        bounds.append(Int32(c))
        bounds.append(Int32(r))
      }
    }
    self.bounds = bounds
    var excludes1Bounds: [Int32] = []
    var i = 0
    while i < bounds.count {
      if chain[Int(bounds[i + 2])].ranges[Int(bounds[i + 3])].kind != .excludes2 {
        excludes1Bounds.append(contentsOf: bounds[i..<(i + 4)])
      }
      i += 4
    }
    self.excludes1Bounds = excludes1Bounds
    self.checklistItems = checklistItems
    self.finding = finding
  }

  /// The chain's Excludes references, own notes first (not for the hot path).
  var excludes: [ChainRange] { chain.flatMap(\.ranges) }

  /// The chain's Code first / Use additional code / Code also notes, own notes first.
  var instructions: [Instruction] { chain.flatMap(\.instructions) }

  /// The path from the chapter down to the code (`13`, `M50-M54`, `M54`, `M54.5`, `M54.50`).
  func path(in release: Release) -> [String] {
    guard let node else { return [] }
    return ([node] + release.ancestors(node)).reversed().map { release.code($0) }
  }
}
