import ArgumentParser

/// `--json`, shared by the commands that can write JSON instead of text.
struct JSONOption: ParsableArguments {
  @Flag(help: "Write JSON instead of text.")
  var json = false
}
