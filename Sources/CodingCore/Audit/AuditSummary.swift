/// Counts of an audit run: encounters, skipped lines, findings by kind and severity.
public struct AuditSummary: Sendable, Equatable {
  /// Encounters checked.
  public var encounters = 0
  /// Input lines skipped as malformed.
  public var malformedLines = 0
  /// Encounters with at least one error finding.
  public var encountersWithErrors = 0
  /// Finding counts, indexed `[kind index][severity rank]`.
  private var counts = [[Int]](repeating: [0, 0, 0], count: FindingKind.allCases.count)

  /// Creates an empty summary.
  public init() {}

  /// Counts the findings of the encounter just checked in the tables.
  mutating func add(_ t: borrowing RuleTables) {
    encounters += 1
    var error = false
    for ref in t.scratch.refs {
      let (kind, severity) = t.kindAndSeverity(ref)
      counts[kind][severity.rank] += 1
      if severity == .error { error = true }
    }
    if error { encountersWithErrors += 1 }
  }

  /// Adds the counts of another part of the same audit.
  mutating func merge(_ other: AuditSummary) {
    encounters += other.encounters
    malformedLines += other.malformedLines
    encountersWithErrors += other.encountersWithErrors
    for k in counts.indices {
      for s in counts[k].indices { counts[k][s] += other.counts[k][s] }
    }
  }

  /// The number of findings of a kind and severity.
  public func count(_ kind: FindingKind, _ severity: Severity) -> Int {
    counts[Int(kind.position)][severity.rank]
  }

  /// The number of findings of a severity.
  public func count(_ severity: Severity) -> Int { counts.reduce(0) { $0 + $1[severity.rank] } }

  /// Whether any error finding was seen.
  public var hasErrors: Bool { count(.error) > 0 }

  /// A table for standard error.
  public var text: String {
    func cell(_ n: Int) -> String {
      let s = String(n)
      return String(repeating: " ", count: max(0, 8 - s.count)) + s
    }
    func name(_ text: String) -> String { text + String(repeating: " ", count: max(0, 20 - text.count)) }
    var lines = [
      "m54 audit: \(encounters) encounters, \(encountersWithErrors) with errors, "
        + "\(malformedLines) malformed lines skipped",
      "\(name("kind"))   error  warning     info",
    ]
    for kind in FindingKind.allCases {
      let row = counts[Int(kind.position)]
      guard row.contains(where: { $0 > 0 }) else { continue }
      lines.append("\(name(kind.rawValue))\(cell(row[0])) \(cell(row[1])) \(cell(row[2]))")
    }
    lines.append("\(name("total"))\(cell(count(.error))) \(cell(count(.warning))) \(cell(count(.info)))")
    return lines.joined(separator: "\n")
  }
}
