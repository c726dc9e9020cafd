import ArgumentParser
import CodingCore
import Foundation

/// Loads the code set for a command, with a progress bar on a terminal while releases compile.
enum CodeSetLoader {
  /// The standard locations, with the stores the build compiled ahead of time.
  static var locator: DataLocator {
    DataLocator.standard(prebuilt: [URL(fileURLWithPath: PrebuiltStoreFolder.path)])
  }

  /// The code set loaded last, kept until exit: a short command would otherwise spend a tenth of
  /// its time freeing the releases' caches one by one as it ends.
  nonisolated(unsafe) private static var retained: CodeSet?

  /// Loads every release, or exits with status 2 and a clear message.
  static func load() throws -> CodeSet {
    var compiledAny = false
    do {
      let codeSet = try CodeSet.load(locator: locator) { source, index, total in
        compiledAny = true
        drawProgress(done: index, total: total, label: "compiling \(source.info.id)")
      }
      if compiledAny { drawProgress(done: 1, total: 1, label: "done", finished: true) }
      retained = codeSet
      return codeSet
    } catch {
      if compiledAny && Console.stderrIsTerminal { Console.errorRaw("\n") }
      Console.error("m54: \(error)")
      throw ExitCode(2)
    }
  }

  /// Draws the first-run progress bar on standard error when it is a terminal.
  private static func drawProgress(done: Int, total: Int, label: String, finished: Bool = false) {
    guard Console.stderrIsTerminal else { return }
    let width = 24
    let filled = width * done / max(total, 1)
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    Console.errorRaw(
      "\r\u{1B}[2KCompiling ICD-10-CM releases (first run only) [\(bar)] \(label)\(finished ? "\n" : "")")
  }

  /// The release named by `--release`, or the latest; exits 2 for an unknown name.
  static func release(_ name: String?, in codeSet: CodeSet) throws -> Release {
    guard let name else { return codeSet.latest }
    guard let release = codeSet.release(named: name) else {
      Console.error(
        "m54: no release \"\(name)\"; loaded: \(codeSet.releases.map(\.info.id).joined(separator: ", "))")
      throw ExitCode(2)
    }
    return release
  }

  /// Looks up a code, or prints the "not a code" message with nearby codes and exits 1.
  static func node(_ text: String, in release: Release) throws -> NodeID {
    if CodeNormalizer.isTooLong(Release.lookupKey(text)) {
      Console.error(
        "\(SafeText.echo(text.trimmingCharacters(in: .whitespaces))) is not a code (longer than any ICD-10-CM code)")
      throw ExitCode(1)
    }
    if let id = release.lookup(text) { return id }
    let message = release.unknownCodeMessage(text)
    Console.error(message)
    throw ExitCode(1)
  }
}
