import CodingCore
import Foundation

/// Reads a batch file for review through the audit's line parser, fingerprinting it on the way.
public enum BatchLoader {
  /// Why a batch could not be read at all.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    /// The message, naming the file.
    public var description: String
  }

  /// Reads a batch from disk.
  public static func load(path: String) -> Result<ReviewBatch, Failure> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
      let bytes = readBytes(path: path)
    else { return .failure(Failure(description: "cannot read \(path)")) }
    return parse(bytes, path: path)
  }

  /// A file's bytes read straight into one array (no intermediate `Data`: a batch of a million
  /// encounters is 56 MB, held once).
  static func readBytes(path: String) -> [UInt8]? {
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { Glibc.close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    let size = Int(info.st_size)
    var failed = false
    var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, count in
      count = 0
      while count < size {
        let n = read(fd, buffer.baseAddress.map { $0 + count }, size - count)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 {
          failed = n < 0
          break
        }
        count += n
      }
    }
    guard !failed else { return nil }
    // A file that grew while it was read: the rest, the slow way.
    if bytes.count == size, let rest = FileHandle(forReadingAtPath: path) {
      try? rest.seek(toOffset: UInt64(size))
      bytes += [UInt8](rest.readDataToEndOfFile())
      try? rest.close()
    }
    return bytes
  }

  /// The SHA-256 of a file, lower-case hex, or nil when it cannot be read.
  public static func fingerprint(path: String) -> (size: Int, sha256: String)? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    var hasher = SHA256()
    data.withUnsafeBytes { hasher.update($0) }
    return (data.count, SHA256.hex(hasher.finish()))
  }

  /// Parses batch bytes read from `path`.
  public static func parse(_ bytes: [UInt8], path: String) -> Result<ReviewBatch, Failure> {
    // The fingerprint is computed on another core while the lines are parsed.
    let hashing = DispatchGroup()
    let digestBox = DigestBox()
    DispatchQueue.global().async(group: hashing) {
      var hasher = SHA256()
      hasher.update(bytes)
      digestBox.set(SHA256.hex(hasher.finish()))
    }
    defer { hashing.wait() }
    guard let firstByte = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
      return .failure(Failure(description: "\(path) is empty"))
    }
    let input = AuditRunner.inputFormat(path: path, firstByte: firstByte)
    var reader = AuditInputReader(input: input)
    var coder = CoderColumn(input: input)
    // Room for every line at once: growing by doubling would hold the old and the new storage
    // together (a million encounters: a third more memory at the peak) and copy both tables.
    let lines = bytes.withUnsafeBufferPointer { Self.countLines($0) }
    var entries = BatchEntries()
    // Ids and codes rarely take more bytes than their lines, and room never written to is never
    // resident: an arena that grew would copy itself and hold both copies for a moment.
    entries.reserveCapacity(entries: lines, bytes: bytes.count)
    var unreadable: [UnreadableLine] = []
    _ = LineReader(bytes: bytes).forEachLine { line, number in
      if number == 1 && input == .csv { coder.readHeader(line) }
      switch reader.read(line, number: number) {
      case .success(let record)?:
        if let first = entries.position(ofID: record.id) {
          unreadable.append(
            UnreadableLine(
              line: number,
              problem: "duplicate encounter_id \"\(record.id)\" (first on line \(entries.line(at: first)))"))
          return
        }
        var encounter = record.encounter
        encounter.codes = encounter.codes.map(CodeSpelling.normalize)
        encounter.id = record.id
        entries.append(line: number, id: record.id, encounter: encounter, coder: coder.value(line))
      case .failure(let error)?: unreadable.append(UnreadableLine(line: error.line, problem: error.problem))
      case nil: break
      }
    }
    if let headerError = reader.headerError {
      return .failure(Failure(description: "\(path): \(headerError)"))
    }
    hashing.wait()
    let digest = digestBox.value
    return .success(
      ReviewBatch(
        path: path, size: bytes.count, sha256: digest, entries: entries, unreadable: unreadable,
        hasCoderColumn: coder.present || entries.hasCoder))
  }
}

extension BatchLoader {
  /// The number of lines (line feeds, and a last line without one).
  static func countLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
    var count = 0
    var offset = 0
    while offset < bytes.count, let hit = memchr(base + offset, 0x0A, bytes.count - offset) {
      count += 1
      offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
    }
    return count + (offset < bytes.count ? 1 : 0)
  }
}

/// The digest computed on another thread, read once that thread is done.
private final class DigestBox: @unchecked Sendable {
  private let lock = NSLock()
  private var digest = ""

  func set(_ value: String) { lock.withLock { digest = value } }
  var value: String { lock.withLock { digest } }
}
