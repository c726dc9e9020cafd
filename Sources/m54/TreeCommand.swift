import ArgumentParser
import CodingCore
import Foundation

/// `m54 tree [CODE]`: the subtree under a code (M54 by default).
struct TreeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tree", abstract: "Print the tree under a code, section or chapter (default M54).")

  @Argument(help: "Code or section id; default M54.")
  var code = "M54"

  @Option(help: "How many levels below the code to print.")
  var depth = 3

  @OptionGroup var releaseOptions: ReleaseOptions

  func validate() throws {
    guard depth >= 0 else { throw ValidationError("--depth must be 0 or more.") }
  }

  func run() throws {
    let codeSet = try CodeSetLoader.load()
    let release = try releaseOptions.resolve(in: codeSet)
    let root = try CodeSetLoader.node(code, in: release)
    var lines: [String] = []
    func visit(_ id: NodeID, prefix: String, childPrefix: String, level: Int) {
      let marker = release.isBillable(id) ? "" : (release.kind(id).isCodeLevel ? " +" : "")
      lines.append("\(prefix)\(release.code(id))\(marker)  \(release.title(id))")
      guard level < depth else { return }
      let children = release.children(id)
      for (i, child) in children.enumerated() {
        let last = i == children.count - 1
        visit(
          child, prefix: childPrefix + (last ? "└─ " : "├─ "), childPrefix: childPrefix + (last ? "   " : "│  "),
          level: level + 1)
      }
    }
    visit(root, prefix: "", childPrefix: "", level: 0)
    Console.out(lines.joined(separator: "\n"))
    print("(+ = header, not billable; \(release.info.id))")
  }
}
