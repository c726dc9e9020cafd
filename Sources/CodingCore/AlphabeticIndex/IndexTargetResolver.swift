/// Resolves a "see" or "see also" text ("Pain, limb, upper") to the index entry it names: the main
/// term, then each comma-separated part among the children of the entry reached so far. A text that
/// names a main term but not all of its subterms resolves to the deepest entry found; one that names
/// no main term ("Table of Drugs and Chemicals"), or the generic "see condition", does not resolve.
struct IndexTargetResolver {
  private var mainTerms: [String: Int32] = [:]
  private var mainFirstParts: [String: Int32] = [:]
  private var children: [Int32: [Int32]] = [:]
  private let rows: [IndexRow]

  init(rows: [IndexRow], parents: [Int32]) {
    self.rows = rows
    for (i, row) in rows.enumerated() {
      if row.level == 0 {
        let key = row.term.lowercased()
        if mainTerms[key] == nil { mainTerms[key] = Int32(i) }
        let first = Self.firstPart(key)
        if mainFirstParts[first] == nil { mainFirstParts[first] = Int32(i) }
      } else {
        children[parents[i], default: []].append(Int32(i))
      }
    }
  }

  private static func firstPart(_ text: String) -> String {
    String(text.prefix { $0 != "," && $0 != "(" }).trimmingCharacters(in: .whitespaces)
  }

  /// The entry a cross-reference names, or -1.
  func resolve(_ text: String) -> Int32 {
    // "see condition": look up the condition itself, not the main term "Condition".
    guard text.lowercased() != "condition" else { return -1 }
    let parts = text.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    guard !parts.isEmpty else { return -1 }
    var current: Int32 = -1
    var used = 0
    for k in stride(from: parts.count, through: 1, by: -1) {
      if let entry = mainTerms[parts[0..<k].joined(separator: ", ")] {
        (current, used) = (entry, k)
        break
      }
    }
    if current < 0, let entry = mainFirstParts[parts[0]] { (current, used) = (entry, 1) }
    guard current >= 0 else { return -1 }
    while used < parts.count {
      let candidates = children[current] ?? []
      var found = false
      for k in stride(from: parts.count - used, through: 1, by: -1) {
        let key = parts[used..<(used + k)].joined(separator: ", ")
        if let child = candidates.first(where: { rows[Int($0)].term.lowercased() == key }) {
          (current, used, found) = (child, used + k, true)
          break
        }
      }
      if !found, let child = candidates.first(where: { Self.firstPart(rows[Int($0)].term.lowercased()) == parts[used] })
      {
        (current, used, found) = (child, used + 1, true)
      }
      if !found { break }
    }
    return current
  }
}
