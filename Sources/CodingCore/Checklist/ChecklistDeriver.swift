/// Derives the documentation checklist items the official tabular states, when a store is compiled.
///
/// Each item is kept on the node that carries its source: a note's items on the note's node (every
/// code below inherits them), a code's sibling axis on the code (or, for codes made by a 7th-character
/// table, on the code they extend), a 7th-character table's items on the table's node.
enum ChecklistDeriver {
  /// The records of every node, in node order.
  static func derive(_ release: CompiledRelease) -> [[DerivedRecord]] {
    let count = release.codes.count
    var children = [[Int]](repeating: [], count: count)
    for i in 0..<count where release.parents[i] >= 0 { children[Int(release.parents[i])].append(i) }
    var out = [[DerivedRecord]](repeating: [], count: count)
    var families: [Int: SiblingFamily] = [:]
    for i in 0..<count {
      out[i] = noteRecords(release, i)
      let isGenerated = release.flags[i] & CompiledRelease.flagGenerated != 0
      let extendsToGenerated = children[i].first.map { release.flags[$0] & CompiledRelease.flagGenerated != 0 } ?? false
      let isBillable = release.flags[i] & CompiledRelease.flagBillable != 0
      if (isBillable && !isGenerated) || extendsToGenerated {
        out[i].insert(axisRecord(release, i, children: children, families: &families), at: 0)
      }
    }
    return out
  }

  /// The sibling axis of a code (or the title itself when the code has no sibling); `families`
  /// keeps each parent's compared titles for its other children.
  static func axisRecord(
    _ release: CompiledRelease, _ i: Int, children: [[Int]], families: inout [Int: SiblingFamily]
  ) -> DerivedRecord {
    let parent = Int(release.parents[i])
    let members = parent >= 0 ? children[parent] : []
    let siblings = members.filter { $0 != i }
    let parentCode = parent >= 0 ? release.codes[parent] : ""
    let bodyChapters = ["S", "T", "M"].contains(release.codes[i].prefix(1))
    var family: SiblingFamily?
    if !siblings.isEmpty {
      family = families[parent] ?? SiblingFamily(titles: members.map { release.titles[$0] })
      families[parent] = family
    }
    guard let family, let member = members.firstIndex(of: i),
      let axis = family.axis(of: member, bodyChapters: bodyChapters)
    else {
      var title = release.titles[i]
      if let first = title.first { title = first.lowercased() + title.dropFirst() }
      return DerivedRecord(
        kind: .siblingAxis, text: "condition documented as \(title)", source: "no sibling under \(parentCode)")
    }
    let source = "siblings under \(parentCode): " + siblings.map { release.codes[$0] }.joined(separator: ", ")
    // The sibling a code falls back to when its axis is not documented, and those an unspecified code leads to.
    let unspecified = members.indices.filter { m in
      members[m] != i && release.flags[members[m]] & CompiledRelease.flagBillable != 0
        && SiblingAxis.isUnspecified(family.words[m].keys[...])
    }.map { members[$0] }
    switch axis.kind {
    case .unspecified:
      let named = siblings.filter { release.flags[$0] & CompiledRelease.flagBillable != 0 }
      return DerivedRecord(
        kind: .unspecified, text: axis.text, source: source,
        codes: named.map { release.codes[$0] }.joined(separator: ","))
    case .specified, .other:
      return DerivedRecord(
        kind: .siblingAxis, text: axis.text, source: source,
        codes: unspecified.map { release.codes[$0] }.joined(separator: ","))
    }
  }

  /// The items of a node's own notes: Excludes1, Code first, Use additional code, Code also, 7th characters.
  static func noteRecords(_ release: CompiledRelease, _ i: Int) -> [DerivedRecord] {
    var records: [DerivedRecord] = []
    let notes = release.notes[release.noteStarts[i]..<(release.noteStarts[i] + release.noteCounts[i])]
    for note in notes {
      let text = note.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard !text.isEmpty, !text.hasSuffix(":") else { continue }
      let (body, codes) = splitCodes(text)
      switch note.kind {
      case .excludes1:
        let tail = codes.isEmpty ? "" : " (code there instead: \(codes))"
        records.append(
          DerivedRecord(kind: .excludes1, text: "the condition is not \(body)\(tail)", source: text, codes: codes))
      case .codeFirst:
        records.append(
          DerivedRecord(
            kind: .codeFirst, text: "underlying condition documented and coded first: \(text)", source: text,
            codes: codes))
      case .useAdditionalCode:
        records.append(
          DerivedRecord(
            kind: .useAdditionalCode, text: "documented and coded in addition: \(text)", source: text, codes: codes))
      case .notes where text.lowercased().hasPrefix("use "):
        // "Use an external cause code following …", "Use secondary code(s) from Chapter 20 …".
        records.append(
          DerivedRecord(
            kind: .useAdditionalCode, text: "cause documented and coded as the note asks: \(text)", source: text,
            codes: codes))
      case .codeAlso:
        records.append(
          DerivedRecord(
            kind: .codeAlso, text: "also documented and coded (either may come first): \(text)", source: text,
            codes: codes))
      default:
        continue
      }
    }
    let table = notes.filter { $0.kind == .sevenChrDef && $0.character != 0 }
    if !table.isEmpty {
      for entry in table {
        let others = table.filter { $0.character != entry.character }
          .map { "\(Character(Unicode.Scalar($0.character))) \($0.text)" }.joined(separator: ", ")
        let char = Character(Unicode.Scalar(entry.character))
        records.append(
          DerivedRecord(
            kind: .seventhCharacter, character: entry.character,
            text: "7th character \(char): \(entry.text) documented" + (others.isEmpty ? "" : " (others: \(others))"),
            source: "\(char) \(entry.text)"))
      }
      records.append(
        DerivedRecord(
          kind: .placeholder,
          text: "placeholder X only fills the code to 6 characters before the 7th character; it states nothing",
          source: "For codes less than 6 characters that require a 7th character a placeholder X should be assigned"
            + " for all characters less than 6."))
    }
    return records
  }

  /// Splits a trailing code list off a note ("radiculopathy with spondylosis (M47.2-)" → the text and `M47.2-`).
  static func splitCodes(_ text: String) -> (body: String, codes: String) {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, "") }
    let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
    let chars = Array(inner.prefix(2))
    guard chars.count == 2, chars[0].isUppercase, chars[0].isLetter, chars[1].isNumber else { return (text, "") }
    var body = String(text[..<open])
    while body.last == " " { body.removeLast() }
    return (body.isEmpty ? text : body, String(inner))
  }
}
