/// Why a workspace cannot be opened or written; every message names the file.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
  /// No workspace at the path (exit status 1).
  case notFound(path: String)
  /// The file is not a review workspace (another SQLite database, or not SQLite at all).
  case notOurs(path: String, detail: String)
  /// The workspace was written by a newer program (its schema version is higher than ours).
  case newer(path: String, version: Int)
  /// The file is damaged.
  case damaged(path: String, detail: String)
  /// The batch's content is not the one the workspace reviewed (use `--rebind`).
  case batchChanged(path: String, batch: String, recorded: String, found: String)
  /// The workspace cannot be created or written.
  case cannotWrite(path: String, detail: String)
  /// A request the workspace refuses (unknown encounter, missing note, bad finding number).
  case refused(String)

  public var description: String {
    switch self {
    case .notFound(let path): "no review workspace at \(path)"
    case .notOurs(let path, let detail):
      "\(path) is not an m54 review workspace (\(detail)); it was not modified"
    case .newer(let path, let version):
      "\(path) was written by a newer m54 (schema version \(version), this program knows up to \(WorkspaceSchema.version)); it was not modified"
    case .damaged(let path, let detail): "\(path) is damaged (\(detail)); it was not modified"
    case .batchChanged(let path, let batch, let recorded, let found):
      "\(batch) has changed since the review in \(path) began (SHA-256 \(recorded.prefix(12))… recorded, \(found.prefix(12))… now); reopen with --rebind to keep the decisions whose encounter and codes are unchanged"
    case .cannotWrite(let path, let detail): "cannot write \(path): \(detail)"
    case .refused(let message): message
    }
  }

  /// The exit status: 1 for a missing workspace or encounter, 2 otherwise.
  public var exitStatus: Int32 {
    switch self {
    case .notFound: 1
    case .refused(let message): message.hasPrefix("no encounter") ? 1 : 2
    default: 2
    }
  }
}
