/// What a raw input value means.
public enum DecodedInput: Equatable, Sendable {
  /// A key.
  case key(Key)
  /// The terminal was resized: the backend reads the new size.
  case resize
  /// A mouse event is waiting: the backend reads it with `getmouse`.
  case mouse
  /// Nothing usable (an unknown function key or a NUL).
  case ignored
}
