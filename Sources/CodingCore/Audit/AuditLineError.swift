/// Why an input line of an audit was skipped.
public struct AuditLineError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// What is wrong (`bad date "2026-13-01"`, `missing column codes`, `bad quoting`, `not UTF-8`).
  public var problem: String

  public var description: String { "line \(line): \(problem)" }
}

#if canImport(Glibc)
  import Glibc
#endif

extension AuditLineError {
  /// A line longer than the limit, skipped without being read whole.
  public static func tooLong(line: Int, length: Int, limit: Int) -> AuditLineError {
    AuditLineError(
      line: line, problem: "longer than \(limit) bytes (\(length) bytes; see --max-line-bytes), skipped")
  }

  /// The input could not be read at this line (a folder, an I/O error).
  public static func unreadable(line: Int, error: Int32) -> AuditLineError {
    AuditLineError(line: line, problem: "cannot read the input (\(String(cString: strerror(error))))")
  }
}
