/// Text attributes a theme can ask for, independent of the terminal library.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let underline = TextAttributes(rawValue: 1 << 2)
  public static let reverse = TextAttributes(rawValue: 1 << 3)
  public static let italic = TextAttributes(rawValue: 1 << 4)
  public static let standout = TextAttributes(rawValue: 1 << 5)

  /// The attribute names accepted in theme files.
  public static let names: [(String, TextAttributes)] = [
    ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse),
    ("italic", .italic), ("standout", .standout),
  ]

  /// The attribute with this name, or nil.
  public static func named(_ name: String) -> TextAttributes? {
    names.first { $0.0 == name.lowercased() }?.1
  }
}
