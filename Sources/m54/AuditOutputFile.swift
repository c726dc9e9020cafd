import ArgumentParser
import CodingCore
import Foundation

/// The `--out` file of `m54 audit`: refused when it is the input (or a link to it), written
/// atomically with mode 0600 (it holds encounter data).
enum AuditOutputFile {
  /// Opens the temporary file for `path`, or prints why not and exits 2.
  static func open(_ path: String, input: String?) throws -> AtomicFile {
    let shown = SafeText.echo(path, limit: 200)
    var target = stat()
    if stat(path, &target) == 0 {
      var source = stat()
      let sourceFound = input.map { stat($0, &source) == 0 } ?? (fstat(0, &source) == 0)
      if sourceFound, source.st_dev == target.st_dev, source.st_ino == target.st_ino {
        Console.error("m54: --out \(shown) is the input file; write the output somewhere else")
        throw ExitCode(2)
      }
      if target.st_mode & S_IFMT == S_IFDIR {
        Console.error("m54: --out \(shown) is a folder")
        throw ExitCode(2)
      }
    }
    do {
      return try AtomicFile(target: path, mode: 0o600)
    } catch let error as ImportError {
      Console.error("m54: cannot write \(shown): \(error.problem)")
      throw ExitCode(2)
    } catch {
      Console.error("m54: cannot write \(shown): \(error)")
      throw ExitCode(2)
    }
  }
}
