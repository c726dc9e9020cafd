@preconcurrency import CNcursesw

/// Puts the process in a UTF-8 locale before curses starts.
enum LocaleSetup {
  /// Applies the environment's locale, falling back to C.UTF-8 when it is not UTF-8.
  ///
  /// - Returns: a warning for the status line when the fallback was needed.
  static func ensureUTF8() -> String? {
    setlocale(LC_ALL, "")
    if isUTF8 { return nil }
    if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8 {
      return "The locale was not UTF-8; using C.UTF-8 for text."
    }
    return "No UTF-8 locale available: some characters may not display."
  }

  private static var isUTF8: Bool {
    guard let codeset = m54_codeset() else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
