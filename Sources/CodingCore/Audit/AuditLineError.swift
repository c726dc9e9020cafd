/// Why an input line of an audit was skipped.
public struct AuditLineError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// What is wrong (`bad date "2026-13-01"`, `missing column codes`, `bad quoting`, `not UTF-8`).
  public var problem: String

  public var description: String { "line \(line): \(problem)" }
}
