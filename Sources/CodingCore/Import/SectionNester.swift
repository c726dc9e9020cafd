/// Places sections under the "super-block" sections whose code range covers them (M40-M54 over
/// M40-M43 ... M50-M54; C00-C96 over C00-C75 over C00-C14), so their notes are inherited like any
/// ancestor's. Ranges follow tabular order, not string order.
enum SectionNester {
  /// Rewrites the chapter → section links of `document` in place.
  static func nest(_ document: inout TabularDocument) {
    for chapter in document.roots {
      let sections = document.entries[chapter].children
      var position: [String: Int] = [:]
      var order = 0
      for section in sections {
        for category in document.entries[section].children {
          position[document.entries[category].code] = order
          order += 1
        }
      }
      func range(of section: Int) -> ClosedRange<Int>? {
        let entry = document.entries[section]
        // A category code given twice keeps its last position: the ends may then come out of order.
        if let first = entry.children.first, let last = entry.children.last,
          let a = position[document.entries[first].code], let b = position[document.entries[last].code], a <= b
        {
          return a...b
        }
        let ends = entry.code.split(separator: "-").map(String.init)
        guard ends.count == 2 else { return nil }
        let a = position[ends[0]] ?? lowerBound(ends[0], in: position)
        let b = position[ends[1]] ?? upperBound(ends[1], in: position)
        guard let a, let b, a <= b else { return nil }
        return a...b
      }
      var newChildren: [Int] = []
      var open: [(index: Int, range: ClosedRange<Int>)] = []
      for section in sections {
        let own = range(of: section)
        while let top = open.last,
          !(own.map { top.range.contains($0.lowerBound) && top.range.contains($0.upperBound) } ?? false)
        {
          open.removeLast()
        }
        if let top = open.last {
          document.entries[section].parent = top.index
          document.entries[top.index].children.append(section)
        } else {
          document.entries[section].parent = chapter
          newChildren.append(section)
        }
        let isSuperBlock = !document.entries[section].children.contains {
          document.entries[$0].kind != .section
        }
        if isSuperBlock, let own { open.append((section, own)) }
      }
      document.entries[chapter].children = newChildren
    }
  }

  /// The first category position whose code sorts at or after `code`, for range ends that are not categories.
  private static func lowerBound(_ code: String, in position: [String: Int]) -> Int? {
    position.filter { $0.key >= code }.min { $0.value < $1.value }?.value
  }

  /// The last category position whose code sorts at or before `code`.
  private static func upperBound(_ code: String, in position: [String: Int]) -> Int? {
    position.filter { $0.key <= code }.max { $0.value < $1.value }?.value
  }
}
