import ArgumentParser
import ReviewStore

/// `m54 review BATCH`: opens the review of a batch in the workbench.
struct ReviewOpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the review of a batch in the workbench (the default of `m54 review`).")

  @Argument(help: "The batch file (CSV or JSON Lines, the audit input format).")
  var batch: String

  @Option(help: "The workspace file (default: $XDG_DATA_HOME/m54/reviews/<batch>-<sha256>.m54review).")
  var workspace: String?

  @Option(help: "The reviewer recorded with every decision (default: the remembered one, then $USER).")
  var reviewer: String?

  @Flag(help: "Accept a changed batch, keeping the decisions whose encounter id and codes are unchanged.")
  var rebind = false

  @OptionGroup var themeOption: ThemeOption

  func run() throws {
    try Self.open(batch: batch, workspace: workspace, reviewer: reviewer, rebind: rebind, theme: themeOption.theme)
  }

  /// Opens the review of a batch in the workbench (also `m54 FILE` and `m54 open FILE`).
  static func open(batch: String, workspace: String?, reviewer: String?, rebind: Bool, theme: String?) throws {
    guard WorkbenchLauncher.hasTerminal() else { throw ExitCode(2) }
    let loaded = try ReviewSupport.loadBatch(batch)
    let session = try ReviewSupport.openSession(
      batch: loaded, workspace: workspace, reviewer: reviewer, rebind: rebind, background: true)
    let status = WorkbenchLauncher.run(file: batch, theme: theme, review: session)
    if session.checkProgress != nil { Console.error("m54: finishing the check of the batch…") }
    session.waitForChecks()
    session.workspace.close()
    if status != 0 { throw ExitCode(status) }
  }
}
