import ArgumentParser
import CodingCore
import Foundation

/// `m54 audit FILE`: checks a batch of encounters (CSV or JSON Lines), streaming.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit", abstract: "Audit a batch of encounters (CSV or JSON Lines); see docs/audit-schema.md.",
    discussion: """
      Input: CSV with the header encounter_id,date_of_service,codes[,documented] (codes separated by ;) \
      or JSON Lines with the same fields; `-` reads standard input. Malformed lines are reported on \
      standard error with their line number and skipped. The summary goes to standard error.

      Exit status: 0 without error findings, 1 with error findings, 2 for bad usage or an unreadable file.
      """)

  @Argument(help: "The input file (.csv, .jsonl), or - for standard input.")
  var file: String

  @Option(help: "Output format.")
  var format = Choice(AuditOutputFormat.jsonl)

  @Option(help: "Write the output to a file instead of standard output.")
  var out: String?

  @Option(help: "Input format when the file name does not tell.")
  var input: InputFormatChoice?

  @OptionGroup var rules: RuleSelectionOptions

  @Option(
    help:
      "The least severe findings written and counted (info: everything). Excludes1 pairs marked unrelated are always written."
  )
  var severity = Choice(Severity.warning)

  @Flag(help: "Do not print the summary.")
  var quiet = false

  @Option(help: "The longest input line read, in bytes (default 1048576); longer lines are reported and skipped.")
  var maxLineBytes: Int = LineReader.defaultMaxLineBytes

  @Option(
    help: ArgumentHelp(
      "Threads that check a large batch (256 KiB or more; default: one per processor, at most 8); the output is the same for any number.",
      valueName: "n"))
  var jobs: Int?

  /// Keeps the engine's caches alive until exit: freeing them one by one would only cost time.
  nonisolated(unsafe) static var retainedEngine: RulesEngine?

  func run() throws {
    let outputFormat = format.value
    let minimum = severity.value
    guard maxLineBytes > 0 else {
      Console.error("m54: bad --max-line-bytes \(maxLineBytes) (a positive number of bytes)")
      throw ExitCode(2)
    }
    let jobs = self.jobs ?? AuditRunner.defaultJobs
    guard jobs > 0 else {
      Console.error("m54: bad --jobs \(jobs) (a positive number of threads)")
      throw ExitCode(2)
    }
    let shownFile = SafeText.echo(file, limit: 200)
    let reader: LineReader
    if file == "-" {
      reader = LineReader(descriptor: 0)
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
        let opened = LineReader(path: file)
      else {
        Console.error("m54: cannot read \(shownFile)")
        throw ExitCode(2)
      }
      reader = opened
    }
    reader.maxLineBytes = maxLineBytes
    let inputFormat = input?.format ?? AuditRunner.inputFormat(path: file, firstByte: reader.firstSignificantByte())
    // The output is written to a temporary file beside it and renamed over it only on success:
    // a failed run leaves an existing file as it was. It may not be the input.
    let output = try out.map { try AuditOutputFile.open($0, input: file == "-" ? nil : file) }
    let descriptor: Int32 = output?.descriptor ?? 1
    let engine = try CheckCommand.loadEngine(verifyingAll: true)
    Self.retainedEngine = engine
    let runner = AuditRunner(
      engine: engine, format: outputFormat,
      options: RuleOptions(
        sourceArticleRules: !rules.noSourceArticleRules, reportExcludes2: !rules.noExcludes2, minimumSeverity: minimum),
      jobs: jobs)
    let total =
      file == "-" ? 0 : ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0)
    let showProgress = Console.stderrIsTerminal && total > 0 && !quiet
    var failedWrite = false
    let summary: AuditSummary
    do {
      summary = try runner.run(
        reader, input: inputFormat,
        write: { bytes in
          guard var base = bytes.baseAddress else { return }
          var left = bytes.count
          while left > 0 {
            let n = Glibc.write(descriptor, base, left)
            if n <= 0 {
              failedWrite = true
              return
            }
            left -= n
            base += n
          }
        },
        diagnostic: { error in
          if showProgress { Console.errorRaw("\r\u{1B}[K") }
          Console.error("m54: \(shownFile): \(error)")
        },
        progress: { bytes in
          guard showProgress else { return }
          let width = 30
          let filled = min(width, width * bytes / max(total, 1))
          Console.errorRaw(
            "\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(100 * bytes / max(total, 1))%"
          )
        })
    } catch let error as AuditLineError {
      if showProgress { Console.errorRaw("\r\u{1B}[K") }
      Console.error("m54: \(shownFile): \(error)")
      throw ExitCode(2)
    }
    if showProgress { Console.errorRaw("\r\u{1B}[K") }
    if failedWrite {
      Console.error(
        "m54: cannot write the output \(out.map { SafeText.echo($0, limit: 200) } ?? "") (\(String(cString: strerror(errno))))"
      )
      throw ExitCode(2)
    }
    if let output {
      do {
        try output.commit()
      } catch {
        Console.error("m54: \(error)")
        throw ExitCode(2)
      }
    }
    if !quiet { Console.error(summary.text) }
    if summary.hasErrors { throw ExitCode(1) }
  }

}
