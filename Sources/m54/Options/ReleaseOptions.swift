import ArgumentParser
import CodingCore

/// `--release` and `--date`, shared by the commands that read one release (`show`, `search`, `tree`).
struct ReleaseOptions: ParsableArguments {
  @Option(help: "Release to use (FY2021, FY2025-April, FY2026-April, or an imported one); default the latest.")
  var release: String?

  @Option(help: ArgumentHelp("Date of service: use the release in effect that day.", valueName: "YYYY-MM-DD"))
  var date: ServiceDateArgument?

  func validate() throws {
    if release != nil && date != nil { throw ValidationError("Give --release or --date, not both.") }
  }

  /// The release chosen, or the latest; exits 2 for an unknown name. A date no release covers uses the
  /// nearest release and says so on standard error.
  func resolve(in codeSet: CodeSet) throws -> Release {
    if let date {
      let selection = codeSet.select(for: date.date)
      if let note = selection.note { Console.error("m54: \(note)") }
      return selection.release
    }
    return try CodeSetLoader.release(release, in: codeSet)
  }
}
