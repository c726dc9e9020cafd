import Foundation

/// Compiles the official files of one release (tabular XML and code list) into a ``CompiledRelease``.
enum ReleaseCompiler {
  /// Reads, parses, expands, flattens and indexes a release.
  static func compile(info: ReleaseInfo, tabularURL: URL, codeListURL: URL?) throws -> CompiledRelease {
    let xml = try GzipReader.read(tabularURL)
    var document = try TabularParser.parse(xml, fileName: tabularURL.path)
    let codeList = try codeListURL.map { try CodeList.parse(GzipReader.read($0), fileName: $0.path) }
    SectionNester.nest(&document)
    SevenCharacterExpander.expand(&document, codeList: codeList)
    var release = flatten(document, info: info)
    buildIndex(&release)
    resolveReferences(&release)
    release.aliases = SearchIndexBuilder.aliases(release)
    release.tokens = SearchIndexBuilder.build(release)
    if let codeList { validate(&release, against: codeList) }
    return release
  }

  static func flatten(_ document: TabularDocument, info: ReleaseInfo) -> CompiledRelease {
    var out = CompiledRelease(info: info, version: document.version)
    out.codes.reserveCapacity(document.entries.count)
    func visit(_ index: Int, parent: Int32) {
      let entry = document.entries[index]
      let id = out.codes.count
      var kind = entry.kind
      if kind == .code && !entry.children.isEmpty { kind = .subcategory }
      out.codes.append(entry.code)
      out.titles.append(entry.title)
      out.kinds.append(kind)
      out.parents.append(parent)
      out.ends.append(0)
      var flags: UInt8 = entry.isGenerated ? CompiledRelease.flagGenerated : 0
      if kind.isCodeLevel && entry.children.isEmpty { flags |= CompiledRelease.flagBillable }
      out.flags.append(flags)
      out.noteStarts.append(out.notes.count)
      out.noteCounts.append(entry.notes.count)
      for note in entry.notes {
        let char = note.character.flatMap { $0.asciiValue } ?? 0
        out.notes.append(.init(kind: note.kind, character: char, text: note.text, refStart: 0, refCount: 0))
      }
      for child in entry.children { visit(child, parent: Int32(id)) }
      out.ends[id] = Int32(out.codes.count)
    }
    for root in document.roots { visit(root, parent: -1) }
    return out
  }

  static func resolveReferences(_ release: inout CompiledRelease) {
    var byKey: [String: Int32] = [:]
    for (i, code) in release.codes.enumerated() where release.kinds[i].isCodeLevel {
      byKey[CodeNormalizer.key(code)] = Int32(i)
    }
    var chapters: [String: Int32] = [:]
    for (i, kind) in release.kinds.enumerated() where kind == .chapter { chapters[release.codes[i]] = Int32(i) }
    for n in release.notes.indices {
      let note = release.notes[n]
      // Inclusion terms and 7th-character texts are descriptions, not pointers ("gene 1 (GH1)").
      guard ![.sevenChrDef, .sevenChrNote, .inclusionTerm].contains(note.kind) else { continue }
      release.notes[n].refStart = release.refs.count
      for reference in ReferenceParser.parse(note.text) {
        for item in reference.items {
          var ref = CompiledRelease.Ref(text: item.text, start: -1, end: -1, qualifier: reference.qualifier ?? "")
          var last = resolve(item.endKey, byKey, release, upper: true)
          let first = resolve(item.startKey, byKey, release, upper: false)
          if let first, last == nil || last.map({ $0 < first }) == true, item.isRange,
            let letter = item.startKey.first, item.endKey.first != letter
          {
            // "T63.81-R63.83": a range whose end has the wrong letter.
            last = resolve(String(letter) + item.endKey.dropFirst(), byKey, release, upper: true)
          }
          if let first, let last, first <= last {
            ref.start = first
            ref.end = release.ends[Int(last)]
          }
          release.refs.append(ref)
        }
      }
      // "local infections of skin classified in Chapter 1": a note naming no code but a chapter.
      if release.refs.count == release.notes[n].refStart, ChapterReference.resolvesToWholeChapter(note.kind),
        let number = ChapterReference.chapterNamed(in: note.text), let chapter = chapters[number]
      {
        release.refs.append(
          CompiledRelease.Ref(
            text: "Chapter \(number)", start: chapter, end: release.ends[Int(chapter)], qualifier: ""))
      }
      release.notes[n].refCount = release.refs.count - release.notes[n].refStart
    }
  }

  /// The node a reference key names. Repairs, in order: a curated typo correction; a trailing
  /// placeholder X (`V94.X` → V94); for a range end that is not a node, the nearest node of the same
  /// depth inside the range (`R10.1-R10.4-` where R10.4 does not exist ends at R10.3).
  private static func resolve(
    _ key: String, _ byKey: [String: Int32], _ release: CompiledRelease, upper: Bool
  ) -> Int32? {
    if let node = byKey[key] { return node }
    if let fix = ReferenceCorrections.table[key], let node = byKey[fix.intended] { return node }
    var stripped = key
    while stripped.count > 3, stripped.hasSuffix("X") { stripped.removeLast() }
    if stripped != key, let node = byKey[stripped] { return node }
    guard key.count > 3 else { return nil }
    let category = String(key.prefix(3))
    let sameDepth = release.index.lazy.filter { $0.key.count == key.count && $0.key.hasPrefix(category) }
    let candidate = upper ? sameDepth.last { $0.key < key } : sameDepth.first { $0.key > key }
    return candidate?.node
  }

  static func buildIndex(_ release: inout CompiledRelease) {
    var entries: [(key: String, node: Int32)] = []
    entries.reserveCapacity(release.codes.count)
    for (i, code) in release.codes.enumerated() {
      switch release.kinds[i] {
      case .chapter: continue
      case .section: entries.append((code, Int32(i)))
      default: entries.append((CodeNormalizer.key(code), Int32(i)))
      }
    }
    entries.sort { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
    release.index = entries
  }

  static func validate(_ release: inout CompiledRelease, against codeList: CodeList) {
    var inTree = Set<String>()
    for (i, code) in release.codes.enumerated() where release.kinds[i].isCodeLevel {
      inTree.insert(CodeNormalizer.key(code))
    }
    release.missingFromTree = codeList.codes.subtracting(inTree).sorted()
    release.extraInTree = inTree.subtracting(codeList.codes).sorted()
  }
}
