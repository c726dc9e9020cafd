import ArgumentParser

/// `--theme`, shared by the commands that open the workbench. Not a closed set: a theme is a built-in
/// name, a file in a themes folder, or a path.
struct ThemeOption: ParsableArguments {
  @Option(help: "Theme of the workbench (default, light, high-contrast, mono, or a theme file).")
  var theme: String?
}
