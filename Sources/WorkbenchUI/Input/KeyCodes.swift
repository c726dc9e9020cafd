/// The numeric codes a curses library reports for function keys.
///
/// The pure ``KeyDecoder`` takes them as data so that it can be tested with raw
/// values; the backend fills them in from the C headers.
public struct KeyCodes: Sendable {
  public var down, up, left, right, home, end, pageDown, pageUp: Int32
  public var backspace, delete, insert, enter, backTab, f0, resize, mouse: Int32

  public init(
    down: Int32, up: Int32, left: Int32, right: Int32, home: Int32, end: Int32,
    pageDown: Int32, pageUp: Int32, backspace: Int32, delete: Int32, insert: Int32,
    enter: Int32, backTab: Int32, f0: Int32, resize: Int32, mouse: Int32
  ) {
    self.down = down
    self.up = up
    self.left = left
    self.right = right
    self.home = home
    self.end = end
    self.pageDown = pageDown
    self.pageUp = pageUp
    self.backspace = backspace
    self.delete = delete
    self.insert = insert
    self.enter = enter
    self.backTab = backTab
    self.f0 = f0
    self.resize = resize
    self.mouse = mouse
  }

  /// The values of ncurses 6 (`KEY_DOWN` = 0402 and so on).
  public static let ncurses = KeyCodes(
    down: 0o402, up: 0o403, left: 0o404, right: 0o405, home: 0o406, end: 0o550,
    pageDown: 0o522, pageUp: 0o523, backspace: 0o407, delete: 0o512, insert: 0o513,
    enter: 0o527, backTab: 0o541, f0: 0o410, resize: 0o632, mouse: 0o631)
}
