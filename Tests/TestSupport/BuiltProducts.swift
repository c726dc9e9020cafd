import Foundation

/// Executables built alongside the test bundle, and starting them as child processes.
public enum BuiltProducts {
  /// The executable `name` next to the test bundle (same build directory), if it was built.
  public static func executable(_ name: String) -> URL? {
    var candidates: [URL] = []
    if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
    let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    candidates.append(bundle.deletingLastPathComponent())
    for c in Bundle.allBundles.map(\.bundleURL) { candidates.append(c.deletingLastPathComponent()) }
    for folder in candidates {
      let url = folder.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
        FileManager.default.isExecutableFile(atPath: url.path)
      {
        return url
      }
    }
    return nil
  }

  /// Starts `path` with `arguments` and the file actions given, with no blocked signals and default
  /// handlers whatever the test runner uses; `environment` nil passes the test's own.
  ///
  /// - Returns: the child's process id, or the `posix_spawn` error.
  public static func spawn(
    _ path: String, _ arguments: [String], actions: inout posix_spawn_file_actions_t, environment: [String: String]?
  ) -> Result<pid_t, SpawnError> {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let envp = environment.map { $0.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil] }
    defer { envp?.forEach { free($0) } }
    var pid: pid_t = 0
    let status: Int32
    if let envp {
      status = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    } else {
      status = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    }
    return status == 0 ? .success(pid) : .failure(SpawnError(path: path, code: status))
  }

  /// Waits for a child and returns its exit status (128+N after signal N).
  public static func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }

  /// A process could not be started.
  public struct SpawnError: Error, CustomStringConvertible {
    /// The program.
    public var path: String
    /// The `posix_spawn` error number.
    public var code: Int32
    public var description: String { "cannot run \(path): error \(code)" }
  }
}
