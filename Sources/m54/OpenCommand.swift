import ArgumentParser

/// `m54 FILE.csv` (spelled `m54 open FILE`): the workbench on a batch of encounters.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open a batch file of encounters in the workbench (same as `m54 FILE`).")

  @Argument(help: "A batch file of encounters (the audit input format: CSV or JSON Lines).")
  var file: String

  @OptionGroup var themeOption: ThemeOption

  func run() throws {
    let status = WorkbenchLauncher.run(file: file, theme: themeOption.theme)
    if status != 0 { throw ExitCode(status) }
  }
}
