import Foundation

/// Writing to standard error, and knowing whether a stream is a terminal.
enum Console {
  /// Writes a line to standard error.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  /// Writes text to standard error without a newline.
  static func errorRaw(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether standard error is a terminal (progress bars are shown only then).
  static var stderrIsTerminal: Bool { isatty(2) == 1 }
}
