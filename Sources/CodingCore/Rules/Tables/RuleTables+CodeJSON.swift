/// A code's own `non-billable` finding written straight as JSON, for JSON Lines batches: the same
/// bytes as ``CodeFindings/nonBillable(node:code:rules:)`` and ``Finding/writeJSON(to:)``, from
/// tables resolved once per release (billable counts, 7th-character tables), with the message
/// written piece by piece instead of built as a string.
extension RuleTables {
  /// Keeps the `non-billable` finding of a code-level node that is not billable and returns its
  /// cache.store position.
  mutating func keepNonBillable(_ node: NodeID) -> FindingRef {
    let release = rules.release
    guard lean else {
      return cache.keep(CodeFindings.nonBillable(node: node, code: release.code(node), rules: rules))
    }
    if release.requiresSeventhCharacter(node), let table = sevenCharacterJSON(node) {
      return keepSeventhCharacterFinding(node, table: table)
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
    let elsewhere = CodeFindings.billableElsewhere(code: release.code(node), rules: rules)
    let releaseID = rules.releaseID
    return cache.keepJSON(kind: .nonBillable, severity: .error, forNow: false) { w in
      let code = release.codeBytes(node).assumingMemoryBound(to: UInt8.self)
      w.raw("{\"kind\":\"non-billable\",\"severity\":\"error\",\"codes\":[")
      w.string(utf8: code)
      w.raw("],\"message\":\"")
      w.contents(utf8: code)
      w.raw(" is a header in ")
      w.contents(releaseID)
      w.raw(", not a billable code; use ")
      Self.writeList(count: total, conjunction: "or", to: &w) { i, w in
        w.contents(utf8: release.codeBytes(descendants[i]).assumingMemoryBound(to: UInt8.self))
      }
      if !elsewhere.isEmpty {
        w.raw(" (it was billable in ")
        w.contents(elsewhere.map(\.info.id).joined(separator: ", "))
        w.byte(UInt8(ascii: ")"))
      }
      w.raw("\",\"authority\":\"official-tabular\",\"carrier\":")
      w.string(utf8: code)
      w.raw(",\"level\":\"")
      w.bytes.append(contentsOf: release.kind(node).levelName.utf8)
      w.raw("\",\"note\":")
      w.string(utf8: release.titleBytes(node).assumingMemoryBound(to: UInt8.self))
      w.raw(",\"release\":")
      w.string(releaseID)
      Self.writeSuggestions(descendants.prefix(CodeFindings.suggestionLimit), release: release, to: &w)
      w.byte(UInt8(ascii: "}"))
    }
  }

  /// The finding of a header that needs a 7th character: its children with their meanings.
  private mutating func keepSeventhCharacterFinding(_ node: NodeID, table: SevenCharacterJSON) -> FindingRef {
    let release = rules.release
    let children = release.children(node)
    let releaseID = rules.releaseID
    return cache.keepJSON(kind: .nonBillable, severity: .error, forNow: false) { w in
      let code = release.codeBytes(node).assumingMemoryBound(to: UInt8.self)
      w.raw("{\"kind\":\"non-billable\",\"severity\":\"error\",\"codes\":[")
      w.string(utf8: code)
      w.raw("],\"message\":\"")
      w.contents(utf8: code)
      w.raw(" needs a 7th character: ")
      Self.writeList(count: children.count, conjunction: "or", to: &w) { i, w in
        let child = release.codeBytes(children[i]).assumingMemoryBound(to: UInt8.self)
        w.contents(utf8: child)
        if let last = child.last, let meaning = table.meaning(of: last) {
          w.raw(" (")
          w.bytes.append(contentsOf: meaning)
          w.byte(UInt8(ascii: ")"))
        }
      }
      w.raw("\",\"authority\":\"official-tabular\",\"carrier\":")
      w.string(utf8: release.codeBytes(table.carrier).assumingMemoryBound(to: UInt8.self))
      w.raw(",\"level\":\"")
      w.bytes.append(contentsOf: release.kind(table.carrier).levelName.utf8)
      w.raw("\",\"note_kind\":\"")
      w.bytes.append(contentsOf: NoteKind.sevenChrDef.elementName.utf8)
      w.raw("\",\"note\":\"")
      w.bytes.append(contentsOf: table.note)
      w.raw("\",\"release\":")
      w.string(releaseID)
      w.raw(",\"subject\":")
      w.string(utf8: code)
      Self.writeSuggestions(children[...], release: release, to: &w)
      w.byte(UInt8(ascii: "}"))
    }
  }

  /// Writes a list as ``CodeFindings/list(_:total:conjunction:)`` does ("A, B or C", or the first
  /// few and "… (N codes)"), calling `item` for each position written.
  static func writeList(
    count: Int, conjunction: StaticString, to w: inout JSONWriter, item: (Int, inout JSONWriter) -> Void
  ) {
    guard count > 1 else {
      if count == 1 { item(0, &w) }
      return
    }
    let shown = count > CodeFindings.messageLimit ? CodeFindings.messageLimit : count - 1
    for i in 0..<shown {
      if i > 0 { w.raw(", ") }
      item(i, &w)
    }
    if count > CodeFindings.messageLimit {
      w.raw(", … (")
      w.integer(count)
      w.raw(" codes)")
    } else {
      w.byte(UInt8(ascii: " "))
      w.raw(conjunction)
      w.byte(UInt8(ascii: " "))
      item(count - 1, &w)
    }
  }

  /// Appends `,"suggestions":[…]` with the codes of nodes (nothing when there are none).
  private static func writeSuggestions(_ nodes: ArraySlice<NodeID>, release: Release, to w: inout JSONWriter) {
    guard !nodes.isEmpty else { return }
    w.raw(",\"suggestions\":[")
    for (i, n) in nodes.enumerated() {
      // Codes are letters, digits and a dot: nothing to escape.
      w.raw(i > 0 ? ",\"" : "\"")
      w.bytes.append(contentsOf: release.codeBytes(n))
      w.byte(UInt8(ascii: "\""))
    }
    w.byte(UInt8(ascii: "]"))
  }

  /// The number of billable nodes among positions `range`, from running counts built once.
  mutating func billableCount(_ range: Range<Int>) -> Int {
    if fragments.billableBefore.isEmpty {
      let release = rules.release
      fragments.billableBefore.reserveCapacity(release.nodeCount + 1)
      var count: Int32 = 0
      fragments.billableBefore.append(0)
      for n in 0..<release.nodeCount {
        if release.isBillable(NodeID(n)) { count += 1 }
        fragments.billableBefore.append(count)
      }
    }
    return Int(fragments.billableBefore[range.upperBound] - fragments.billableBefore[range.lowerBound])
  }

  /// The 7th-character table that applies to a node (``Release/sevenCharacterTable(_:)``) in its
  /// JSON form, with each node's answer kept.
  mutating func sevenCharacterJSON(_ node: NodeID) -> SevenCharacterJSON? {
    let slot = sevenCharacterPosition(node)
    return slot >= 0 ? fragments.sevenCharacterList[Int(slot)] : nil
  }

  /// The position in ``fragments.sevenCharacterList`` of the table that applies to a node, or -1.
  private mutating func sevenCharacterPosition(_ node: NodeID) -> Int32 {
    let release = rules.release
    if fragments.sevenCharacterSlot.isEmpty {
      fragments.sevenCharacterSlot = [Int32](repeating: -2, count: release.nodeCount)
    }
    let known = fragments.sevenCharacterSlot[node.index]
    if known != -2 { return known }
    let found: Int32
    if !release.noteRange(of: node).contains(where: { release.noteKind(at: $0) == .sevenChrDef }) {
      found = release.parent(node).map { sevenCharacterPosition($0) } ?? -1
    } else if let table = release.sevenCharacterTable(node) {
      found = Int32(fragments.sevenCharacterList.count)
      fragments.sevenCharacterList.append(SevenCharacterJSON(table))
    } else {
      found = -1
    }
    fragments.sevenCharacterSlot[node.index] = found
    return found
  }
}
