import CodingCore
import Foundation

/// The plain forms of the three commands a coder types most (`show CODE`, `search WORDS…`,
/// `index WORDS…`: no option, the defaults), run without the argument parser.
///
/// Reflecting a command's options costs the parser more than the rest of the command (18 of 31
/// million instructions for `show`, mostly the Swift runtime's protocol conformance lookups), so these
/// forms skip it. Anything else (an option, `--help`, `--` or any word starting with `-`, a blank
/// query the parser would refuse, another command) is not a plain form and goes through the parser as
/// every command does; the golden tests hold both paths to the same output.
enum PlainCommand {
  case show(String)
  case search([String])
  case index([String])

  /// The plain form of a command line (without the program name), or nil.
  init?(_ arguments: [String]) {
    guard arguments.count >= 2, let command = arguments.first else { return nil }
    let words = Array(arguments.dropFirst())
    guard words.allSatisfy({ !$0.hasPrefix("-") }),
      !words.joined().allSatisfy(\.isWhitespace)
    else { return nil }
    switch command {
    case "show" where words.count == 1: self = .show(words[0])
    case "search": self = .search(words)
    case "index": self = .index(words)
    default: return nil
    }
  }

  /// Runs the command with its default options.
  func run() throws {
    switch self {
    case .show(let code):
      try ShowCommand.show(code, json: false) { $0.latest }
    case .search(let words):
      try SearchCommand.search(words, limit: SearchCommand.defaultLimit, json: false) { $0.latest }
    case .index(let words):
      try IndexCommand.lookUp(
        words, date: nil, release: nil, limit: IndexCommand.defaultLimit, follow: false, json: false)
    }
  }
}
