/// A note whose parentheses hold something code-like that did not resolve to a code of the release.
public struct LintIssue: Sendable, Hashable, Codable {
  public var release: String
  /// The code, section or chapter carrying the note.
  public var carrier: String
  public var kind: String
  public var note: String
  /// The reference that did not resolve, as written.
  public var reference: String
}

extension Release {
  /// Every unresolved code-like reference in the release's notes.
  public func lintIssues() -> [LintIssue] {
    var issues: [LintIssue] = []
    for id in (0..<nodeCount).map({ NodeID($0) }) {
      for note in notes(id) {
        for reference in note.references where reference.nodes == nil {
          issues.append(
            LintIssue(
              release: info.id, carrier: code(id), kind: note.kind.elementName, note: note.text,
              reference: reference.text))
        }
      }
    }
    return issues
  }
}
