import Glibc
import Synchronization

/// The termination signal received (0 for none); set from signal handlers,
/// polled by the run loop, which then restores the terminal on the main thread.
let pendingTerminationSignal = Atomic<Int32>(0)

/// The terminal modes from before curses started, for the crash handler.
nonisolated(unsafe) private var savedModes = termios()
nonisolated(unsafe) private var haveSavedModes = false

/// Signal handling that keeps the terminal usable whatever happens.
///
/// SIGTERM, SIGHUP and SIGINT only set a flag: the run loop sees it within one
/// input timeout and leaves curses normally (curses is never called from a
/// signal handler). Fatal signals (a crash) restore the saved terminal modes
/// and leave the alternate screen with async-signal-safe calls only, then
/// re-raise the signal.
enum SignalGuard {
  /// Installs the handlers; call before curses starts.
  static func install() {
    if tcgetattr(STDIN_FILENO, &savedModes) == 0 { haveSavedModes = true }
    // A parent may have blocked or ignored these (inherited through exec); curses
    // needs SIGWINCH at its default so that it installs its own resize handler.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for sig in [SIGWINCH, SIGTERM, SIGHUP, SIGINT] { sigaddset(&unblock, sig) }
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    signal(SIGWINCH, SIG_DFL)
    for sig in [SIGTERM, SIGHUP, SIGINT] {
      signal(sig) { received in pendingTerminationSignal.store(received, ordering: .relaxed) }
    }
    for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
      signal(sig) { received in
        SignalGuard.restoreTerminalFromSignal()
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }

  /// Puts the default handlers back; call after curses ended.
  static func uninstall() {
    for sig in [SIGTERM, SIGHUP, SIGINT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
      signal(sig, SIG_DFL)
    }
  }

  /// The signal that asked us to stop, if any.
  static var pending: Int32? {
    let s = pendingTerminationSignal.load(ordering: .relaxed)
    return s == 0 ? nil : s
  }

  /// Restores the terminal using only async-signal-safe calls.
  static func restoreTerminalFromSignal() {
    if haveSavedModes { tcsetattr(STDIN_FILENO, TCSANOW, &savedModes) }
    // Leave the alternate screen, show the cursor, reset attributes, stop mouse reporting.
    let reset: StaticString = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
    _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
  }
}
