import ArgumentParser

/// `--pain-focus`: whether pain management is the focus of the visit (`true`/`false`, `1`/`0` also accepted).
enum PainFocusChoice: String, CaseIterable, ExpressibleByArgument {
  case yes
  case no

  init?(argument: String) {
    switch argument.lowercased() {
    case "yes", "true", "1": self = .yes
    case "no", "false", "0": self = .no
    default: return nil
    }
  }

  /// The answer as the encounter holds it.
  var isFocus: Bool { self == .yes }
}
