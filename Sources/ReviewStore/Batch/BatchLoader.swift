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
      let data = FileManager.default.contents(atPath: path)
    else { return .failure(Failure(description: "cannot read \(path)")) }
    return parse([UInt8](data), path: path)
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
    var hasher = SHA256()
    hasher.update(bytes)
    let digest = SHA256.hex(hasher.finish())
    guard let firstByte = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
      return .failure(Failure(description: "\(path) is empty"))
    }
    let input = AuditRunner.inputFormat(path: path, firstByte: firstByte)
    var reader = AuditInputReader(input: input)
    var coder = CoderColumn(input: input)
    var entries: [BatchEntry] = []
    var unreadable: [UnreadableLine] = []
    var firstLineOfID: [String: Int] = [:]
    _ = LineReader(bytes: bytes).forEachLine { line, number in
      if number == 1 && input == .csv { coder.readHeader(line) }
      switch reader.read(line, number: number) {
      case .success(let record)?:
        if let first = firstLineOfID[record.id] {
          unreadable.append(
            UnreadableLine(line: number, problem: "duplicate encounter_id \"\(record.id)\" (first on line \(first))"))
          return
        }
        firstLineOfID[record.id] = number
        var encounter = record.encounter
        encounter.codes = encounter.codes.map(CodeSpelling.normalize)
        encounter.id = record.id
        entries.append(BatchEntry(line: number, id: record.id, encounter: encounter, coder: coder.value(line)))
      case .failure(let error)?: unreadable.append(UnreadableLine(line: error.line, problem: error.problem))
      case nil: break
      }
    }
    if let headerError = reader.headerError {
      return .failure(Failure(description: "\(path): \(headerError)"))
    }
    return .success(
      ReviewBatch(
        path: path, size: bytes.count, sha256: digest, entries: entries, unreadable: unreadable,
        hasCoderColumn: coder.present || entries.contains { $0.coder != nil }))
  }
}
