/// One value read from the terminal library before decoding.
public enum RawInput: Equatable, Sendable {
  /// A character (`wget_wch` returned `OK`).
  case character(UInt32)
  /// A function key code (`wget_wch` returned `KEY_CODE_YES`).
  case functionKey(Int32)
}
