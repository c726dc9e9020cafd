import Foundation

/// Writes a file atomically with mode 0600: a temporary file in the same folder, fsync, then rename.
public enum AtomicFile {
  /// Writes `bytes` to `path`, refusing any of the `protected` paths (the workspace, the batch).
  public static func write(_ bytes: [UInt8], to path: String, protecting protected: [String]) throws {
    try write(to: path, protecting: protected) { emit in try emit(bytes) }
  }

  /// Writes what `body` emits, piece by piece, to `path` (refusing any of the `protected` paths):
  /// the pieces go into the temporary file as they come, and the file appears under its name only
  /// once all of them are written and synced. If `body` throws or a write fails, the temporary
  /// file is removed and `path` is left as it was.
  public static func write(
    to path: String, protecting protected: [String], _ body: (_ emit: ([UInt8]) throws -> Void) throws -> Void
  ) throws {
    let target = resolved(path)
    for p in protected where !p.isEmpty {
      let other = resolved(p)
      if target == other || target == other + "-wal" || target == other + "-shm" || target == other + "-journal" {
        throw WorkspaceError.refused("refusing to overwrite \(path): it is \(p)")
      }
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array("\(folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { throw WorkspaceError.cannotWrite(path: path, detail: String(cString: strerror(errno))) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    func failure(_ code: Int32) -> WorkspaceError {
      WorkspaceError.cannotWrite(path: path, detail: String(cString: strerror(code)))
    }
    do {
      guard fchmod(fd, 0o600) == 0 else { throw failure(errno) }
      try body { bytes in
        try bytes.withUnsafeBufferPointer { buffer in
          var offset = 0
          while offset < buffer.count, let base = buffer.baseAddress {
            let n = Glibc.write(fd, base + offset, buffer.count - offset)
            if n <= 0 { throw failure(n < 0 ? errno : EIO) }
            offset += n
          }
        }
      }
      guard fsync(fd) == 0 else { throw failure(errno) }
    } catch {
      Glibc.close(fd)
      unlink(temporary)
      throw error
    }
    Glibc.close(fd)
    guard rename(temporary, path) == 0 else {
      let saved = errno
      unlink(temporary)
      throw failure(saved)
    }
    let dir = Glibc.open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
    if dir >= 0 {
      fsync(dir)
      Glibc.close(dir)
    }
  }

  /// The path with symbolic links and `..` resolved (the folder's, when the file does not exist yet).
  static func resolved(_ path: String) -> String {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    if let real = realpath(url.path, nil) {
      defer { free(real) }
      return String(cString: real)
    }
    let folder = url.deletingLastPathComponent().path
    if let real = realpath(folder, nil) {
      defer { free(real) }
      return String(cString: real) + "/" + url.lastPathComponent
    }
    return url.path
  }
}
