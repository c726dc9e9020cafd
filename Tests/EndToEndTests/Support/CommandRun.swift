import Foundation

/// One run of the `m54` binary with its standard streams captured, for the hardening tests.
struct CommandRun {
  var status: Int32
  var stdout: String
  var stderr: String

  /// Runs `m54 arguments` with standard input from `stdin` (a path, default /dev/null), standard
  /// output to `stdoutPath` (default a temporary file that is read back) and `environment` added
  /// to a clean one pointing at the test cache.
  static func m54(
    _ arguments: [String], stdin: String = "/dev/null", stdoutPath: String? = nil, environment: [String: String] = [:]
  ) throws -> CommandRun {
    guard let binary = BuiltBinary.m54 else { throw ChildProcess.Failure(message: "m54 is not built") }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outPath = stdoutPath ?? folder.appendingPathComponent("stdout").path
    let errPath = folder.appendingPathComponent("stderr").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var env = [
      "LANG": "C.UTF-8", "HOME": folder.path, "PATH": "/usr/bin:/bin",
      "M54_CACHE_DIR": BuiltBinary.cacheFolder.path,
      "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
      "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
      "M54_DATA_DIR": BuiltBinary.root.appendingPathComponent("Data/icd10cm").path,
    ]
    env.merge(environment) { $1 }
    let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, envp)
    guard spawned == 0 else { throw ChildProcess.Failure(message: "cannot run m54: error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    return CommandRun(status: code, stdout: stdoutPath == nil ? read(outPath) : "", stderr: read(errPath))
  }
}
