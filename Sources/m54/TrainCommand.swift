import ArgumentParser
import Foundation

/// `m54 train [NAME]`: the workbench on a lesson (the vignette in a pane, the encounter to code).
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train", abstract: "Open the workbench on a lesson (m54 lesson list names them).",
    discussion: """
      The vignette shows in the lesson pane; code it in the encounter (3, i), with live checks (:hints on|off),
      then :grade shows the result beside the expected answer. Without NAME the lesson pane lists the lessons.
      """)

  @Argument(help: "The lesson's name.")
  var name: String?

  @OptionGroup var themeOption: ThemeOption

  @Flag(help: "Open in the projector layout.")
  var present = false

  func run() throws {
    var startup = ["lesson \(name ?? "")"]
    if present { startup.append("present") }
    let status = WorkbenchLauncher.run(file: nil, theme: themeOption.theme, startup: startup)
    if status != 0 { throw ExitCode(status) }
  }
}
