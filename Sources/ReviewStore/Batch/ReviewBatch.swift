import CodingCore

/// A batch file read for review: its fingerprint, its encounters and its unreadable lines.
public struct ReviewBatch: Sendable {
  /// The path it was read from.
  public var path: String
  /// Its size in bytes.
  public var size: Int
  /// The SHA-256 of its bytes, lower-case hex.
  public var sha256: String
  /// The readable encounters, in file order.
  public let entries: BatchEntries
  /// Lines that could not be read (a duplicate encounter id is one), in file order.
  public var unreadable: [UnreadableLine]
  /// Whether the batch has a `coder` column.
  public var hasCoderColumn: Bool

  /// Creates a batch.
  public init(
    path: String, size: Int, sha256: String, entries: BatchEntries, unreadable: [UnreadableLine],
    hasCoderColumn: Bool
  ) {
    self.path = path
    self.size = size
    self.sha256 = sha256
    self.entries = entries
    self.unreadable = unreadable
    self.hasCoderColumn = hasCoderColumn
  }

  /// The file's name without folders and without its last extension (`batch` for `/x/batch.csv`).
  public var name: String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
    return String(file[..<dot])
  }

  /// The index of the entry with an id, if any.
  public func index(of id: String) -> Int? {
    entries.position(ofID: id)
  }
}
