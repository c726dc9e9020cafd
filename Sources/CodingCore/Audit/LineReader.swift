#if canImport(Glibc)
  import Glibc
#endif

/// Streams the lines of a file (or of bytes in memory) without holding more than one chunk.
///
/// Lines end at `\n`; a trailing `\r` is dropped. Memory stays at about one chunk plus the longest
/// line served: a line longer than ``maxLineBytes`` is skipped as it is read, never held whole.
public final class LineReader {
  /// The default limit of one line: 1 MiB.
  public static let defaultMaxLineBytes = 1 << 20
  /// Lines longer than this many bytes are reported to `tooLong` and skipped.
  public var maxLineBytes = LineReader.defaultMaxLineBytes
  /// The error number of the read that failed (`EISDIR` for a folder), or 0.
  public private(set) var readError: Int32 = 0
  /// Set (from the reading thread) to end ``forEachLine(tooLong:_:)`` after the current line.
  public var isStopped = false
  private let fd: Int32
  private let ownsDescriptor: Bool
  private var buffer: [UInt8]
  private var start = 0
  private var end = 0
  private var eof = false
  private let chunkSize: Int
  /// Bytes consumed so far (for progress).
  public private(set) var bytesRead = 0
  /// The size of the input when it is known up front (a regular file), in bytes.
  public private(set) var sizeHint: Int?

  /// Opens a file; nil when it cannot be opened.
  public init?(path: String, chunkSize: Int = 1 << 20) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    self.fd = fd
    ownsDescriptor = true
    self.chunkSize = chunkSize
    buffer = [UInt8](repeating: 0, count: chunkSize)
    sizeHint = Self.regularFileSize(fd)
  }

  /// The size of a regular file open on a descriptor; nil for pipes, terminals and the like.
  static func regularFileSize(_ fd: Int32) -> Int? {
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  /// Reads from an open descriptor (standard input), without closing it.
  public init(descriptor: Int32, chunkSize: Int = 1 << 20) {
    fd = descriptor
    ownsDescriptor = false
    self.chunkSize = chunkSize
    buffer = [UInt8](repeating: 0, count: chunkSize)
    sizeHint = Self.regularFileSize(descriptor)
  }

  /// Serves lines from bytes in memory (tests).
  public init(bytes: [UInt8]) {
    fd = -1
    ownsDescriptor = false
    chunkSize = max(bytes.count, 1)
    buffer = bytes
    end = bytes.count
    eof = true
    sizeHint = bytes.count
  }

  deinit { if ownsDescriptor { close(fd) } }

  /// The first byte that is not white space or a byte order mark, read ahead without consuming
  /// anything (the lines still start at the beginning): tells JSON Lines from CSV even on a pipe.
  /// Looks at most `limit` bytes; nil when there are none.
  public func firstSignificantByte(limit: Int = 64) -> UInt8? {
    let skipped: Set<UInt8> = [0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF]
    while true {
      if let b = buffer[start..<end].prefix(limit).first(where: { !skipped.contains($0) }) { return b }
      guard !eof, end - start < limit else { return nil }
      if end + chunkSize > buffer.count {
        buffer.append(contentsOf: [UInt8](repeating: 0, count: end + chunkSize - buffer.count))
      }
      let n = buffer.withUnsafeMutableBufferPointer { all -> Int in
        guard let base = all.baseAddress else { return -1 }
        return read(fd, base + end, chunkSize)
      }
      if n <= 0 {
        if n < 0 { readError = errno }
        eof = true
        return nil
      }
      end += n
    }
  }

  /// Calls `body` with each line's bytes (valid only during the call) and its 1-based number, and
  /// `tooLong` with the number and length of each line longer than ``maxLineBytes`` (skipped).
  /// Returns false when reading failed (see ``readError``).
  @discardableResult
  public func forEachLine(
    tooLong: (_ number: Int, _ length: Int) -> Void = { _, _ in }, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
  ) -> Bool {
    var lineNumber = 0
    // The length of the over-long line being skipped, or -1.
    var skipping = -1
    guard readError == 0 else { return false }
    while !isStopped {
      if skipping >= 0 {
        // Drop bytes up to the end of the over-long line.
        if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
          skipping += newline - start
          bytesRead += newline + 1 - start
          start = newline + 1
          lineNumber += 1
          tooLong(lineNumber, skipping)
          skipping = -1
        } else {
          skipping += end - start
          bytesRead += end - start
          start = end
          if eof {
            lineNumber += 1
            tooLong(lineNumber, skipping)
            return true
          }
        }
      }
      // Serve the complete lines in the buffer.
      let first = start
      let last = end
      let limit = maxLineBytes
      let (served, lines) = buffer.withUnsafeBufferPointer { all -> (Int, Int) in
        guard let base = all.baseAddress else { return (first, lineNumber) }
        var s = first
        var number = lineNumber
        while s < last, !self.isStopped, let hit = memchr(base + s, 0x0A, last - s) {
          let i = s + UnsafeRawPointer(base + s).distance(to: UnsafeRawPointer(hit))
          var lineEnd = i
          if lineEnd > s && all[lineEnd - 1] == 0x0D { lineEnd -= 1 }
          number += 1
          if lineEnd - s > limit {
            tooLong(number, lineEnd - s)
          } else {
            body(UnsafeBufferPointer(rebasing: all[s..<lineEnd]), number)
          }
          s = i + 1
        }
        return (s, number)
      }
      bytesRead += served - start
      start = served
      lineNumber = lines
      if eof {
        if start < end {
          buffer.withUnsafeBufferPointer { all in
            var lineEnd = end
            if lineEnd > start && all[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            lineNumber += 1
            if lineEnd - start > limit {
              tooLong(lineNumber, lineEnd - start)
            } else {
              body(UnsafeBufferPointer(rebasing: all[start..<lineEnd]), lineNumber)
            }
          }
          bytesRead += end - start
          start = end
        }
        return true
      }
      // Move the partial line to the front and read more.
      if start > 0 {
        let remaining = end - start
        if remaining > 0 {
          buffer.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            memmove(base, base + start, remaining)
          }
        }
        start = 0
        end = remaining
      }
      // A partial line past the limit is skipped from here on, not held.
      if skipping < 0, end - start > maxLineBytes {
        skipping = end - start
        bytesRead += end - start
        start = 0
        end = 0
      }
      if end + chunkSize > buffer.count {
        buffer.append(contentsOf: [UInt8](repeating: 0, count: end + chunkSize - buffer.count))
      }
      let n = buffer.withUnsafeMutableBufferPointer { all -> Int in
        guard let base = all.baseAddress else { return -1 }
        return read(fd, base + end, chunkSize)
      }
      if n < 0 {
        if errno == EINTR { continue }
        readError = errno
        return false
      }
      if n == 0 { eof = true } else { end += n }
    }
    return true
  }
}
