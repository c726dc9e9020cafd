/// A code's own `non-billable` finding written straight as JSON, for JSON Lines batches: the same
/// bytes as ``CodeFindings/nonBillable(node:code:rules:)`` and ``Finding/writeJSON(to:)``, from
/// tables resolved once per release (billable counts, 7th-character tables) instead of a scan of
/// the header's subtree and its ancestors' notes for every code.
extension RuleTables {
  /// Keeps the `non-billable` finding of a code-level node that is not billable and returns its
  /// store position.
  mutating func keepNonBillable(_ node: NodeID) -> Int32 {
    let release = rules.release
    let code = release.code(node)
    guard lean else { return store.add(CodeFindings.nonBillable(node: node, code: code, rules: rules)) }
    if release.requiresSeventhCharacter(node), let table = sevenCharacterTable(node) {
      return keepSeventhCharacterFinding(node, code: code, table: table)
    }
    let limit = max(CodeFindings.messageLimit, CodeFindings.suggestionLimit)
    let end = release.subtreeEnd(node).index
    let total = billableCount(node.index..<end)
    var descendants: [NodeID] = []
    descendants.reserveCapacity(min(total, limit))
    var n = node.index
    while descendants.count < min(total, limit) && n < end {
      if release.isBillable(NodeID(n)) { descendants.append(NodeID(n)) }
      n += 1
    }
    let message = CodeFindings.headerMessage(
      code: code, descendants: descendants.prefix(CodeFindings.messageLimit).map { release.code($0) }, total: total,
      rules: rules)
    let level = release.kind(node).levelName
    let title = release.title(node)
    let releaseID = rules.releaseID
    let suggestions = descendants.prefix(CodeFindings.suggestionLimit)
    return store.add(kind: .nonBillable, severity: .error, isOverride: false, value: nil) { w in
      w.raw("{\"kind\":\"non-billable\",\"severity\":\"error\",\"codes\":[")
      w.string(code)
      w.raw("],\"message\":")
      w.string(message)
      w.raw(",\"authority\":\"official-tabular\",\"carrier\":")
      w.string(code)
      w.raw(",\"level\":\"")
      w.bytes.append(contentsOf: level.utf8)
      w.raw("\",\"note\":")
      w.string(title)
      w.raw(",\"release\":")
      w.string(releaseID)
      Self.writeSuggestions(suggestions, release: release, to: &w)
      w.byte(UInt8(ascii: "}"))
    }
  }

  /// The finding of a header that needs a 7th character: its children with their meanings.
  private mutating func keepSeventhCharacterFinding(_ node: NodeID, code: String, table: SevenCharacterTable) -> Int32 {
    let release = rules.release
    let children = release.children(node)
    let options = children.prefix(CodeFindings.messageLimit).map { child -> String in
      let childCode = release.code(child)
      let character = childCode.last.map { c in table.entries.first { $0.character == c }?.meaning } ?? nil
      return character.map { "\(childCode) (\($0))" } ?? childCode
    }
    let message = "\(code) needs a 7th character: \(CodeFindings.list(options, total: children.count))"
    let carrier = release.code(table.carrier)
    let level = release.kind(table.carrier).levelName
    let note = table.entries.map { "\($0.character) \($0.meaning)" }.joined(separator: "; ")
    let releaseID = rules.releaseID
    return store.add(kind: .nonBillable, severity: .error, isOverride: false, value: nil) { w in
      w.raw("{\"kind\":\"non-billable\",\"severity\":\"error\",\"codes\":[")
      w.string(code)
      w.raw("],\"message\":")
      w.string(message)
      w.raw(",\"authority\":\"official-tabular\",\"carrier\":")
      w.string(carrier)
      w.raw(",\"level\":\"")
      w.bytes.append(contentsOf: level.utf8)
      w.raw("\",\"note_kind\":\"")
      w.bytes.append(contentsOf: NoteKind.sevenChrDef.elementName.utf8)
      w.raw("\",\"note\":")
      w.string(note)
      w.raw(",\"release\":")
      w.string(releaseID)
      w.raw(",\"subject\":")
      w.string(code)
      Self.writeSuggestions(children[...], release: release, to: &w)
      w.byte(UInt8(ascii: "}"))
    }
  }

  /// Appends `,"suggestions":[…]` with the codes of nodes (nothing when there are none).
  private static func writeSuggestions(_ nodes: ArraySlice<NodeID>, release: Release, to w: inout JSONWriter) {
    guard !nodes.isEmpty else { return }
    w.raw(",\"suggestions\":[")
    for (i, n) in nodes.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.string(utf8: release.codeBytes(n).assumingMemoryBound(to: UInt8.self))
    }
    w.byte(UInt8(ascii: "]"))
  }

  /// The number of billable nodes among positions `range`, from running counts built once.
  mutating func billableCount(_ range: Range<Int>) -> Int {
    if billableBefore.isEmpty {
      let release = rules.release
      billableBefore.reserveCapacity(release.nodeCount + 1)
      var count: Int32 = 0
      billableBefore.append(0)
      for n in 0..<release.nodeCount {
        if release.isBillable(NodeID(n)) { count += 1 }
        billableBefore.append(count)
      }
    }
    return Int(billableBefore[range.upperBound] - billableBefore[range.lowerBound])
  }

  /// The 7th-character table that applies to a node (``Release/sevenCharacterTable(_:)``), with
  /// each carrier's answer kept.
  mutating func sevenCharacterTable(_ node: NodeID) -> SevenCharacterTable? {
    if let known = sevenCharacterTables[node.rawValue] { return known }
    let release = rules.release
    let found: SevenCharacterTable?
    if release.notes(node, kind: .sevenChrDef).isEmpty {
      found = release.parent(node).flatMap { sevenCharacterTable($0) }
    } else {
      found = release.sevenCharacterTable(node)
    }
    sevenCharacterTables[node.rawValue] = .some(found)
    return found
  }
}
