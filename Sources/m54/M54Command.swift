import ArgumentParser
import Foundation

/// `m54`: the workbench when run alone on a terminal, and the command-line subcommands.
struct M54Command: ParsableCommand {
  /// The names of the subcommands, to tell `m54 FILE.csv` from `m54 show ...`.
  static var subcommandNames: Set<String> {
    Set(configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
  }

  static let configuration = CommandConfiguration(
    commandName: "m54",
    abstract: "ICD-10-CM coding workbench for back pain (M54 Dorsalgia), offline.",
    discussion: """
      Run `m54` alone on a terminal for the workbench, or `m54 FILE.csv` to step through a batch.
      """,
    subcommands: [
      ShowCommand.self, SearchCommand.self, IndexCommand.self, TreeCommand.self, HistoryCommand.self,
      CheckCommand.self, AuditCommand.self, DataCommand.self, BenchCommand.self, OpenCommand.self,
      ExplainCommand.self, MatrixCommand.self, LessonCommand.self, QuizCommand.self, TrainCommand.self,
      ReviewCommand.self,
    ]
  )

  @OptionGroup var themeOption: ThemeOption

  @Flag(help: "Show the program version and the releases it carries.")
  var version = false

  @Flag(help: "Open in the projector layout (the focused pane alone, high contrast; Esc leaves).")
  var present = false

  func run() throws {
    if version {
      print(VersionText.text())
      return
    }
    let status = WorkbenchLauncher.run(file: nil, theme: themeOption.theme, startup: present ? ["present"] : [])
    if status != 0 { throw ExitCode(status) }
  }
}
