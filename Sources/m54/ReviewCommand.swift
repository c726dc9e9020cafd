import ArgumentParser

/// `m54 review`: the auditor's workspace (open a review, status, export, log, sample, decide).
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review", abstract: "Review a batch: decisions that persist, status, export, audit trail, samples.",
    discussion: """
      `m54 review BATCH` opens the review of a batch in the workbench (the workspace is created on first use).
      Exit status: 0 success; 1 a workspace or encounter not found; 2 bad usage, an unreadable file or a
      batch that changed since the review began (see --rebind).
      """,
    subcommands: [
      ReviewOpenCommand.self, ReviewStatusCommand.self, ReviewExportCommand.self, ReviewLogCommand.self,
      ReviewSampleCommand.self, ReviewDecideCommand.self, ReviewBenchCommand.self,
    ],
    defaultSubcommand: ReviewOpenCommand.self)
}
