import CodingCore
import Foundation

/// Writing to standard error, and knowing whether a stream is a terminal.
enum Console {
  /// Writes a line to standard error, with control characters from input shown visibly.
  static func error(_ text: String) {
    let safe = SafeText.visibleLines(text)
    FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
  }

  /// Prints text for a person on standard output, with control characters shown visibly.
  static func out(_ text: String, terminator: String = "\n") {
    print(SafeText.visibleLines(text), terminator: terminator)
  }

  /// Writes text to standard error without a newline.
  static func errorRaw(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether standard error is a terminal (progress bars are shown only then).
  static var stderrIsTerminal: Bool { isatty(2) == 1 }
}
