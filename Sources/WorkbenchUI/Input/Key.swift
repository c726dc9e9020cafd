/// A key press, independent of the terminal library.
public enum Key: Hashable, Sendable {
  /// A printable character (including space).
  case character(Character)
  /// Control plus a letter, stored lower-case (`<C-s>`).
  case ctrl(Character)
  /// Alt (Meta) plus a character (`<M-x>`), sent by terminals as Esc then the key.
  case alt(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case insert, delete
  case enter, tab, backTab, backspace, escape
  /// A function key, `F1` = 1.
  case function(Int)
}
