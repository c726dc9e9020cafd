import CodingCore
import Foundation

/// Prints index entries as the printed index does: the main term, indented subterms, nonessential
/// modifiers in parentheses, "see" / "see also", and each code with what the release says of it.
struct IndexPrinter {
  var index: AlphabeticIndex
  var release: Release
  var follow: Bool

  /// The text of the groups rooted at `roots`: each root's parents, then the root and its subterms.
  func text(_ roots: [Int]) -> String {
    var out = ""
    var followed = Set<Int>()
    var printed = Set<Int>()
    // Roots under the same main term are printed together, the main term once.
    var order: [Int] = []
    var byMain: [Int: [Int]] = [:]
    for root in roots {
      let main = index.path(root)[0]
      if byMain[main] == nil { order.append(main) }
      byMain[main, default: []].append(root)
    }
    for (n, main) in order.enumerated() {
      if n > 0 { out += "\n" }
      var targets: [(String, Int)] = []
      for root in byMain[main] ?? [] {
        for parent in index.path(root).dropLast() where printed.insert(parent).inserted {
          out += line(index.entry(parent), indent: index.level(parent))
        }
        for id in root..<index.subtreeEnd(root) where printed.insert(id).inserted {
          let entry = index.entry(id)
          out += line(entry, indent: entry.level)
          if follow {
            if let target = entry.seeTarget { targets.append(("see \(entry.see)", target)) }
            if let target = entry.seeAlsoTarget { targets.append(("see also \(entry.seeAlso)", target)) }
          }
        }
      }
      for (label, target) in targets where followed.insert(target).inserted {
        out += "\n→ \(label):\n"
        for parent in index.path(target).dropLast() { out += line(index.entry(parent), indent: index.level(parent)) }
        for id in target..<index.subtreeEnd(target) { out += line(index.entry(id), indent: index.level(id)) }
      }
    }
    return out
  }

  private func line(_ entry: IndexEntry, indent: Int) -> String {
    var text = String(repeating: "  ", count: indent) + index.displayText(entry)
    guard !entry.code.isEmpty else { return text + "\n" }
    let check = release.checkIndexCode(entry.code)
    text += " \(entry.code)"
    switch check.status {
    case .valid:
      return text + "\n"
    case .needsMoreCharacters:
      text += "  [needs more characters"
    case .notInRelease:
      text += "  [not in \(release.info.id)"
    }
    if check.offered.isEmpty { return text + "]\n" }
    let codes = check.offered.map { release.code($0) }.joined(separator: ", ")
    let more = check.offeredTotal > check.offered.count ? " and \(check.offeredTotal - check.offered.count) more" : ""
    return text + ": \(codes)\(more)]\n"
  }

  /// The groups as JSON: each entry with its path, fields and code check.
  func json(_ roots: [Int], query: String) throws -> String {
    struct Code: Encodable {
      var printed: String
      var status: String
      var code: String?
      var offered: [String]
      var offeredTotal: Int
    }
    struct Entry: Encodable {
      var path: String
      var level: Int
      var term: String
      var modifier: String?
      var see: String?
      var seeAlso: String?
      var code: Code?
    }
    struct Group: Encodable {
      var path: String
      var entries: [Entry]
    }
    struct Output: Encodable {
      var query: String
      var index: String
      var release: String
      var groups: [Group]
    }
    func entry(_ id: Int) -> Entry {
      let e = index.entry(id)
      var code: Code?
      if !e.code.isEmpty {
        let check = release.checkIndexCode(e.code)
        code = Code(
          printed: e.code, status: check.status.rawValue, code: check.node.map { release.code($0) },
          offered: check.offered.map { release.code($0) }, offeredTotal: check.offeredTotal)
      }
      return Entry(
        path: index.pathText(id), level: e.level, term: e.term, modifier: e.modifier.isEmpty ? nil : e.modifier,
        see: e.see.isEmpty ? nil : e.see, seeAlso: e.seeAlso.isEmpty ? nil : e.seeAlso, code: code)
    }
    var groups: [Group] = []
    for root in roots {
      var ids = Array(root..<index.subtreeEnd(root))
      if follow {
        for id in ids {
          let e = index.entry(id)
          for target in [e.seeTarget, e.seeAlsoTarget].compactMap({ $0 }) where !ids.contains(target) {
            ids += Array(target..<index.subtreeEnd(target))
          }
        }
      }
      groups.append(Group(path: index.pathText(root), entries: ids.map(entry)))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let output = Output(query: query, index: index.release, release: release.info.id, groups: groups)
    return String(decoding: try encoder.encode(output), as: UTF8.self)
  }
}
