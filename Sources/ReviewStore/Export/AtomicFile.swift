import Foundation

/// Writes a file atomically with mode 0600: a temporary file in the same folder, fsync, then rename.
public enum AtomicFile {
  /// Writes `bytes` to `path`, refusing any of the `protected` paths (the workspace, the batch).
  public static func write(_ bytes: [UInt8], to path: String, protecting protected: [String]) throws {
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
    var ok = fchmod(fd, 0o600) == 0
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while ok && offset < buffer.count, let base = buffer.baseAddress {
        let n = Glibc.write(fd, base + offset, buffer.count - offset)
        if n <= 0 { ok = false } else { offset += n }
      }
    }
    ok = ok && fsync(fd) == 0
    let saved = errno
    Glibc.close(fd)
    guard ok, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw WorkspaceError.cannotWrite(path: path, detail: String(cString: strerror(ok ? errno : saved)))
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
