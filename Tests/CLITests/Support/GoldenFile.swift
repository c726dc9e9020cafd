import CZlib
import Foundation

/// A golden file in `Tests/CLITests/Golden`: the expected command line, exit status, stdout and stderr
/// of one case, with varying paths replaced by placeholders.
///
/// Files over 256 KiB are kept gzipped (`NAME.txt.gz`). `M54_UPDATE_GOLDEN=1` rewrites a file whose
/// content differs (and only then, so an unchanged case leaves its file untouched).
struct GoldenFile {
  /// The folder of golden files.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// Whether the golden files are being rewritten instead of compared.
  static var updating: Bool { ProcessInfo.processInfo.environment["M54_UPDATE_GOLDEN"] == "1" }

  /// Above this size a golden file is stored gzipped.
  static let gzipThreshold = 256 * 1024

  /// The case name.
  var name: String

  /// The plain-text location.
  var plainURL: URL { Self.folder.appendingPathComponent("\(name).txt") }

  /// The gzipped location.
  var gzipURL: URL { Self.folder.appendingPathComponent("\(name).txt.gz") }

  /// The stored content, from whichever form exists.
  func stored() -> String? {
    if let data = FileManager.default.contents(atPath: plainURL.path) { return String(decoding: data, as: UTF8.self) }
    if let data = Gzip.read(gzipURL) { return String(decoding: data, as: UTF8.self) }
    return nil
  }

  /// Writes `content` in the form its size calls for and removes the other form.
  func write(_ content: String) throws {
    let data = Data(content.utf8)
    try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
    if data.count > Self.gzipThreshold {
      try Gzip.write(data, to: gzipURL)
      try? FileManager.default.removeItem(at: plainURL)
    } else {
      try data.write(to: plainURL, options: .atomic)
      try? FileManager.default.removeItem(at: gzipURL)
    }
  }

  /// Above this size a stream is kept as a digest (size, lines, CRC-32, its first and last lines).
  static let digestThreshold = 1024 * 1024

  /// The golden text of one run: the command, the exit status, then each stream verbatim (or digested).
  static func render(arguments: [String], status: Int32, stdout: String, stderr: String, files: [(String, String)])
    -> String
  {
    var text = "$ m54 \(arguments.map(quoted).joined(separator: " "))\nexit status: \(status)\n"
    let streams = [("stdout", stdout), ("stderr", stderr)] + files.map { ("file \($0.0)", $0.1) }
    for (label, content) in streams.map({ ($0.0, digested($0.1)) }) {
      text += "--- \(label)\n\(content)"
      if !content.isEmpty && !content.hasSuffix("\n") { text += "\n\\ no newline at end\n" }
    }
    return text
  }

  /// The content itself, or for a very large one a digest that still changes with any byte.
  private static func digested(_ content: String) -> String {
    let bytes = Array(content.utf8)
    guard bytes.count > digestThreshold else { return content }
    let crc = bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
    let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
    return """
      <\(bytes.count) bytes, \(lines.count - 1) lines, CRC-32 \(String(crc, radix: 16)): too large to keep whole; \
      the first 40 lines and the last 5 follow>
      \(lines.prefix(40).joined(separator: "\n"))
      <...>
      \(lines.suffix(6).joined(separator: "\n"))
      """
  }

  /// An argument as a shell would need it.
  private static func quoted(_ argument: String) -> String {
    let plain = argument.allSatisfy { $0.isLetter || $0.isNumber || "-_.,:/=<>+@%".contains($0) }
    return plain && !argument.isEmpty ? argument : "'\(argument.replacingOccurrences(of: "'", with: "'\\''"))'"
  }

  /// The first line where two texts differ, with its number and both versions, for a failure message.
  static func firstDifference(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
      let el = i < e.count ? String(e[i]) : "<end of file>"
      let al = i < a.count ? String(a[i]) : "<end of file>"
      if el != al { return "line \(i + 1):\n  expected: \(el.prefix(400))\n  actual:   \(al.prefix(400))" }
    }
    return "no difference"
  }
}
