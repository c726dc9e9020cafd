/// An index code checked against the release in force: the index points at its own release's code
/// set, so a code the release lacks, or one that needs more characters, is never used as it stands.
public struct IndexCodeCheck: Sendable, Hashable {
  /// What the release says about the code.
  public enum Status: String, Sendable, Codable {
    /// A billable code of the release.
    case valid
    /// A header (or a code printed with a dash): a billable code below it must be chosen.
    case needsMoreCharacters = "needs-more-characters"
    /// The release has no such code.
    case notInRelease = "not-in-release"
  }

  /// The code as the index prints it (`M54.4-`).
  public var printed: String
  public var status: Status
  /// The release's node for the code, when it has one.
  public var node: NodeID?
  /// Valid (billable) codes offered instead: the codes below a header, or the codes of the release
  /// that start with a missing code; at most `offerLimit`.
  public var offered: [NodeID]
  /// How many codes could be offered in all.
  public var offeredTotal: Int

  /// The most codes listed in ``offered``.
  public static let offerLimit = 8
}

extension Release {
  /// Checks a code as printed in the index (`M54.50`, `M54.4-`, `I63.-`) against this release.
  public func checkIndexCode(_ printed: String) -> IndexCodeCheck {
    // Trimmed by hand: Foundation's trimming bridges through NSString, a cost on every printed line.
    var key = Substring(printed)
    while key.first == " " { key.removeFirst() }
    while let last = key.last, last == " " || last == "-" || last == "." { key.removeLast() }
    guard let id = lookup(normalizedKey: CodeNormalizer.key(key)) else {
      let below = codes(withPrefix: String(key)).filter { isBillable($0) }
      return IndexCodeCheck(
        printed: printed, status: .notInRelease, node: nil, offered: Array(below.prefix(IndexCodeCheck.offerLimit)),
        offeredTotal: below.count)
    }
    if isBillable(id) {
      return IndexCodeCheck(printed: printed, status: .valid, node: id, offered: [], offeredTotal: 0)
    }
    let below = billableDescendants(id)
    return IndexCodeCheck(
      printed: printed, status: .needsMoreCharacters, node: id, offered: Array(below.prefix(IndexCodeCheck.offerLimit)),
      offeredTotal: below.count)
  }
}
