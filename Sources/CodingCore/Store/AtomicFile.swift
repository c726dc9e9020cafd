import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file written whole or not at all: bytes go to a temporary file with an unpredictable name
/// in the target's folder (created like `mkstemp`, mode 0600 unless told otherwise), which is
/// renamed over the target only by ``commit()``. A file never committed is removed.
public final class AtomicFile {
  /// The file that ``commit()`` replaces.
  public let target: String
  /// The temporary file being written.
  public let temporaryPath: String
  /// The open descriptor of the temporary file.
  public let descriptor: Int32
  private var finished = false

  /// Creates the temporary file beside `target`.
  ///
  /// - Parameter mode: the permissions of the committed file (0600 for files holding encounters).
  public init(target: String, mode: mode_t = 0o600) throws {
    self.target = target
    let url = URL(fileURLWithPath: target)
    let folder = url.deletingLastPathComponent().path
    var template = Array("\(folder)/.\(url.lastPathComponent).tmp.XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else {
      throw ImportError(
        file: target, problem: "cannot create a file in \(folder) (\(String(cString: strerror(errno))))")
    }
    descriptor = fd
    temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    if mode != 0o600 { fchmod(fd, mode) }
  }

  deinit { discard() }

  /// Writes all of `bytes`; false on a write error (a full disk).
  public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard var base = bytes.baseAddress else { return true }
    var left = bytes.count
    while left > 0 {
      let n = Glibc.write(descriptor, base, left)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      left -= n
      base += n
    }
    return true
  }

  /// Flushes the temporary file to disk and renames it over the target.
  public func commit() throws {
    guard !finished else { return }
    finished = true
    let synced = fsync(descriptor) == 0
    let closed = close(descriptor) == 0
    guard synced, closed, rename(temporaryPath, target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw ImportError(file: target, problem: "cannot write the file (\(reason))")
    }
  }

  /// Removes the temporary file (the target is left as it was).
  public func discard() {
    guard !finished else { return }
    finished = true
    close(descriptor)
    unlink(temporaryPath)
  }

  /// Writes `bytes` to `target` atomically.
  public static func write(_ bytes: [UInt8], to target: String, mode: mode_t = 0o600) throws {
    let file = try AtomicFile(target: target, mode: mode)
    guard bytes.withUnsafeBytes({ file.write($0) }) else {
      let reason = String(cString: strerror(errno))
      file.discard()
      throw ImportError(file: target, problem: "cannot write the file (\(reason))")
    }
    try file.commit()
  }
}
