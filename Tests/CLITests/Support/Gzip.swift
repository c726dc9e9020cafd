import CZlib
import Foundation

/// Reading and writing gzip files (the large fixture and the large golden files).
enum Gzip {
  /// The uncompressed content of a gzip file, or nil when it cannot be read.
  static func read(_ url: URL) -> Data? {
    guard let file = gzopen(url.path, "rb") else { return nil }
    defer { gzclose(file) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
      if n < 0 { return nil }
      if n == 0 { break }
      data.append(contentsOf: buffer[0..<Int(n)])
    }
    return data
  }

  /// Writes `data` compressed (level 9, no name or time in the header, so the same content gives
  /// the same bytes).
  static func write(_ data: Data, to url: URL) throws {
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
    guard let file = gzopen(temporary.path, "wb9") else {
      throw CLIProcess.Failure(description: "cannot write \(temporary.path)")
    }
    let written = data.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
    gzclose(file)
    guard written == data.count else { throw CLIProcess.Failure(description: "cannot write \(temporary.path)") }
    guard rename(temporary.path, url.path) == 0 else {
      throw CLIProcess.Failure(description: "cannot rename \(temporary.path) to \(url.path)")
    }
  }
}
