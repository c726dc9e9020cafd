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
  public var entries: [BatchEntry] {
    didSet { entryIndexByID = Self.index(entries) }
  }
  /// Lines that could not be read (a duplicate encounter id is one), in file order.
  public var unreadable: [UnreadableLine]
  /// Whether the batch has a `coder` column.
  public var hasCoderColumn: Bool

  /// Creates a batch.
  public init(
    path: String, size: Int, sha256: String, entries: [BatchEntry], unreadable: [UnreadableLine],
    hasCoderColumn: Bool, entryIndexByID: [String: Int]? = nil
  ) {
    self.path = path
    self.size = size
    self.sha256 = sha256
    self.entries = entries
    self.unreadable = unreadable
    self.hasCoderColumn = hasCoderColumn
    self.entryIndexByID = entryIndexByID ?? Self.index(entries)
  }

  /// The file's name without folders and without its last extension (`batch` for `/x/batch.csv`).
  public var name: String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
    return String(file[..<dot])
  }

  /// The index of the entry with an id, if any.
  public func index(of id: String) -> Int? {
    entryIndexByID[id]
  }

  /// Entry positions by encounter id (made once, while the batch is read).
  public private(set) var entryIndexByID: [String: Int]

  static func index(_ entries: [BatchEntry]) -> [String: Int] {
    var map: [String: Int] = [:]
    map.reserveCapacity(entries.count)
    for (i, e) in entries.enumerated() { map[e.id] = i }
    return map
  }
}
