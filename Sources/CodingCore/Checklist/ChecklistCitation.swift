/// A citation of a checklist item: a line of a source article or of the official tabular.
public struct ChecklistCitation: Sendable, Hashable, Codable {
  /// `seed 000`, `seed 001`, or a tabular file name.
  public var source: String
  /// The line in that file.
  public var line: Int?
  /// The quoted text.
  public var quote: String

  /// Creates a citation.
  public init(source: String, line: Int?, quote: String) {
    self.source = source
    self.line = line
    self.quote = quote
  }
}
