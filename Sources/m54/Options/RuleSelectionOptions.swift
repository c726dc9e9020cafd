import ArgumentParser

/// `--no-source-article-rules` and `--no-excludes2`, shared by `check` and `audit`.
struct RuleSelectionOptions: ParsableArguments {
  @Flag(help: "Skip the rules and checklist items that come only from the source articles.")
  var noSourceArticleRules = false

  @Flag(help: "Do not report Excludes2 pairs.")
  var noExcludes2 = false
}
