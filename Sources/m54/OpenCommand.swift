import ArgumentParser

/// `m54 FILE.csv` (spelled `m54 open FILE`): the workbench on a batch of encounters.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the review of a batch file in the workbench (same as `m54 FILE` and `m54 review FILE`).")

  @Argument(help: "A batch file of encounters (the audit input format: CSV or JSON Lines).")
  var file: String

  @OptionGroup var themeOption: ThemeOption

  func run() throws {
    // A batch opens as a review in its default workspace (decisions persist; see `m54 review`).
    try ReviewOpenCommand.open(
      batch: file, workspace: nil, reviewer: nil, rebind: false, theme: themeOption.theme)
  }
}
