/// Turns raw curses input into ``Key`` values; pure, so tests feed it raw pairs.
public struct KeyDecoder: Sendable {
  /// The function-key codes of the curses library in use.
  public var codes: KeyCodes

  public init(codes: KeyCodes = .ncurses) { self.codes = codes }

  /// Decodes one raw value.
  public func decode(_ raw: RawInput) -> DecodedInput {
    switch raw {
    case .functionKey(let code): return decodeFunctionKey(code)
    case .character(let value): return decodeCharacter(value)
    }
  }

  /// Decodes Esc followed (within the escape delay) by another value as Alt.
  ///
  /// - Returns: `alt(c)` for a printable follower, plain Escape when nothing
  ///   followed, and otherwise Escape's follower decoded on its own.
  public func decodeEscape(followedBy next: RawInput?) -> DecodedInput {
    guard let next else { return .key(.escape) }
    if case .character(let v) = next, v >= 0x20, v != 0x7F, let s = Unicode.Scalar(v) {
      return .key(.alt(Character(s)))
    }
    return decode(next)
  }

  private func decodeFunctionKey(_ code: Int32) -> DecodedInput {
    switch code {
    case codes.resize: return .resize
    case codes.mouse: return .mouse
    case codes.down: return .key(.down)
    case codes.up: return .key(.up)
    case codes.left: return .key(.left)
    case codes.right: return .key(.right)
    case codes.home: return .key(.home)
    case codes.end: return .key(.end)
    case codes.pageDown: return .key(.pageDown)
    case codes.pageUp: return .key(.pageUp)
    case codes.backspace: return .key(.backspace)
    case codes.delete: return .key(.delete)
    case codes.insert: return .key(.insert)
    case codes.enter: return .key(.enter)
    case codes.backTab: return .key(.backTab)
    case (codes.f0 + 1)...(codes.f0 + 63): return .key(.function(Int(code - codes.f0)))
    default: return .ignored
    }
  }

  private func decodeCharacter(_ value: UInt32) -> DecodedInput {
    switch value {
    case 0x0D, 0x0A: return .key(.enter)
    case 0x09: return .key(.tab)
    case 0x1B: return .key(.escape)
    case 0x7F, 0x08: return .key(.backspace)
    case 0x01...0x1A:
      guard let s = Unicode.Scalar(value + 0x60) else { return .ignored }
      return .key(.ctrl(Character(s)))
    case 0x00, 0x1C...0x1F, 0x80...0x9F: return .ignored
    default:
      guard let s = Unicode.Scalar(value) else { return .ignored }
      return .key(.character(Character(s)))
    }
  }
}
