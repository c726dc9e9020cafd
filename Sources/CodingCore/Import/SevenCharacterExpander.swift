/// Generates the codes that exist only through an ancestor's `sevenChrDef`, padding with the
/// placeholder X to six characters (S33.5 + A = S33.5XXA; S39.012 + A = S39.012A).
enum SevenCharacterExpander {
  /// Adds the 7th-character codes under every leaf that an ancestor's (or its own) `sevenChrDef`
  /// applies to. When a code list is given, only the combinations it lists are added.
  static func expand(_ document: inout TabularDocument, codeList: CodeList?) {
    for chapter in document.roots { visit(chapter, inherited: nil, &document, codeList) }
  }

  private static func visit(
    _ index: Int, inherited: [RawNote]?, _ document: inout TabularDocument, _ codeList: CodeList?
  ) {
    let own = document.entries[index].notes.filter { $0.kind == .sevenChrDef }
    let table = own.isEmpty ? inherited : own
    let children = document.entries[index].children
    if children.isEmpty, let table, document.entries[index].kind.isCodeLevel {
      let base = CodeNormalizer.key(document.entries[index].code)
      let padded = base.count < 6 ? base + String(repeating: "X", count: 6 - base.count) : base
      guard padded.count == 6 else { return }
      for ext in table {
        guard let char = ext.character else { continue }
        let key = padded + String(char)
        if let codeList, !codeList.codes.contains(key) { continue }
        let title = codeList?.titles[key] ?? "\(document.entries[index].title), \(ext.text)"
        var entry = TabularEntry(code: CodeNormalizer.dotted(key), title: title, kind: .code)
        entry.isGenerated = true
        document.append(entry, under: index)
      }
      return
    }
    for child in children { visit(child, inherited: table, &document, codeList) }
  }
}
