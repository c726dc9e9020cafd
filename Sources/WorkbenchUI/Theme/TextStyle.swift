/// What one role looks like: foreground, background and attributes.
public struct TextStyle: Equatable, Hashable, Sendable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var attributes: TextAttributes

  public init(
    _ foreground: ThemeColor = .terminalDefault, on background: ThemeColor = .terminalDefault,
    _ attributes: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// A style with attributes only.
  public static func attributes(_ a: TextAttributes) -> TextStyle {
    TextStyle(.terminalDefault, on: .terminalDefault, a)
  }
}
