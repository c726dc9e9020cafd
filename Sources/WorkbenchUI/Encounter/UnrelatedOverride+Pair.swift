import CodingCore

extension UnrelatedOverride {
  /// Whether the override is for these two codes (as typed or dotted), in either order.
  func matches(_ a: String, _ b: String) -> Bool {
    matches(key: CodeNormalizer.key(a), key: CodeNormalizer.key(b))
  }

  /// Whether one of the pair is this code.
  func involves(_ code: String) -> Bool {
    let key = CodeNormalizer.key(code)
    return CodeNormalizer.key(first) == key || CodeNormalizer.key(second) == key
  }
}
