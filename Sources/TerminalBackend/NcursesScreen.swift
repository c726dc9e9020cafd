@preconcurrency import CNcursesw
import Glibc
import WorkbenchUI

/// The thin ncursesw backend: starts and ends curses, draws changed cells,
/// reads input as ``InputEvent`` values. The only type that talks to curses.
@MainActor
public final class NcursesScreen {
  private var screen: OpaquePointer?
  private var window: UnsafeMutablePointer<WINDOW>?
  private let decoder = KeyDecoder(codes: NcursesScreen.keyCodes)
  private var palette: ColorPalette?
  private var paletteTheme: Theme?
  /// The colours the terminal offers (after NO_COLOR).
  public private(set) var colorDepth: ColorDepth = .none
  /// A warning about the locale, if the fallback was used.
  public private(set) var localeWarning: String?
  /// Whether curses is active.
  public private(set) var isActive = false

  public init() {}

  /// The key codes of the linked ncurses.
  static let keyCodes = KeyCodes(
    down: KEY_DOWN, up: KEY_UP, left: KEY_LEFT, right: KEY_RIGHT, home: KEY_HOME, end: KEY_END,
    pageDown: KEY_NPAGE, pageUp: KEY_PPAGE, backspace: KEY_BACKSPACE, delete: KEY_DC,
    insert: KEY_IC, enter: KEY_ENTER, backTab: KEY_BTAB, f0: KEY_F0, resize: KEY_RESIZE,
    mouse: KEY_MOUSE)

  /// Starts curses on the process's terminal.
  ///
  /// - Parameter environment: used for `NO_COLOR` and `ESCDELAY`.
  public func start(environment: [String: String]) throws {
    localeWarning = LocaleSetup.ensureUTF8()
    SignalGuard.install()
    guard let scr = newterm(nil, stdout, stdin) else {
      SignalGuard.uninstall()
      throw TerminalError("cannot start the terminal (TERM=\(environment["TERM"] ?? "unset"))")
    }
    screen = scr
    set_term(scr)
    isActive = true
    window = m54_stdscr()
    raw()
    noecho()
    nonl()
    keypad(window, true)
    curs_set(0)
    if environment["ESCDELAY"] == nil { set_escdelay(25) }
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    if has_colors() && !noColor {
      start_color()
      use_default_colors()
    }
    colorDepth = ColorDepth.forTerminal(colors: Int(m54_colors()), hasColors: has_colors(), noColor: noColor)
    mousemask(m54_mouse_events(), nil)
    mouseinterval(0)
  }

  /// Suspends the process as Ctrl-Z does in any terminal program: the terminal is restored, the
  /// process stops, and when the shell resumes it (`fg`) curses takes the terminal back.
  public func suspend() {
    guard isActive, let window else { return }
    endwin()
    signal(SIGTSTP, SIG_DFL)
    raise(SIGTSTP)
    // Resumed.
    clearok(window, true)
    wrefresh(window)
    mousemask(m54_mouse_events(), nil)
  }

  /// Ends curses and restores the terminal; safe to call more than once.
  public func stop() {
    guard isActive else { return }
    isActive = false
    endwin()
    if let screen { delscreen(screen) }
    screen = nil
    window = nil
    SignalGuard.uninstall()
  }

  /// The terminal size in cells.
  public var size: (width: Int, height: Int) {
    guard let window else { return (0, 0) }
    return (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Draws changed cells in the theme's colours, then updates the terminal once.
  ///
  /// - Parameter full: clear the physical screen first (after damage or a theme change).
  public func draw(_ runs: [CellRun], theme: Theme, full: Bool) {
    guard let window else { return }
    if paletteTheme != theme {
      palette = ColorPalette(theme: theme, depth: colorDepth)
      paletteTheme = theme
    }
    guard let palette else { return }
    if full { clearok(window, true) }
    var current: StyleRole?
    var text: [wchar_t] = []
    text.reserveCapacity(256)
    for run in runs {
      var x = run.x
      var i = 0
      while i < run.cells.count {
        let role = run.cells[i].role
        if role != current {
          let r = palette[role]
          wattr_set(window, r.attributes, r.pair, nil)
          current = role
        }
        text.removeAll(keepingCapacity: true)
        let startX = x
        while i < run.cells.count, run.cells[i].role == role {
          let cell = run.cells[i]
          if !cell.isContinuation {
            text.append(wchar_t(bitPattern: cell.base))
            if cell.mark != 0 { text.append(wchar_t(bitPattern: cell.mark)) }
          }
          x += 1
          i += 1
        }
        text.append(0)
        _ = mvwaddnwstr(window, Int32(run.y), Int32(startX), text, Int32(text.count - 1))
      }
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Waits up to `timeout` milliseconds for input.
  public func nextEvent(timeout: Int32) -> InputEvent? {
    guard let window else { return nil }
    wtimeout(window, timeout)
    guard let raw = readRaw() else { return nil }
    var decoded = decoder.decode(raw)
    if decoded == .key(.escape) {
      wtimeout(window, 0)
      decoded = decoder.decodeEscape(followedBy: readRaw())
    }
    switch decoded {
    case .key(let key): return .key(key)
    case .resize: return .resize(width: size.width, height: size.height)
    case .mouse: return readMouse()
    case .ignored: return nil
    }
  }

  private func readRaw() -> RawInput? {
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    if status == KEY_CODE_YES { return .functionKey(Int32(bitPattern: value)) }
    if status == OK { return .character(value) }
    return nil
  }

  private func readMouse() -> InputEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let state = event.bstate
    let kind: MouseEvent.Kind
    if state & m54_wheel_up() != 0 {
      kind = .wheelUp
    } else if m54_wheel_down() != 0, state & m54_wheel_down() != 0 {
      kind = .wheelDown
    } else if state & m54_button1() != 0 {
      kind = .press(button: 1)
    } else if state & m54_button2() != 0 {
      kind = .press(button: 2)
    } else if state & m54_button3() != 0 {
      kind = .press(button: 3)
    } else {
      return nil
    }
    return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), kind: kind))
  }
}
