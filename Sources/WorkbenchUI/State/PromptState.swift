/// A prompt being typed on the bottom line, with live search results.
public struct PromptState: Equatable, Sendable {
  public var kind: PromptKind
  public var text = ""
  /// Search results (node keys), best first.
  public var results: [String] = []
  /// The highlighted result.
  public var selected = 0

  public init(kind: PromptKind) { self.kind = kind }
}
