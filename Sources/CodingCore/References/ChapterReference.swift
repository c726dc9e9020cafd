/// A note that names its codes by chapter in words ("local infections of skin classified in
/// Chapter 1"), and how it is resolved.
public struct ChapterReference: Sendable, Hashable {
  /// The release.
  public var release: String
  /// The code or section carrying the note, or `chapter 2`.
  public var carrier: String
  /// The note kind (`excludes2`).
  public var kind: String
  /// The note text.
  public var note: String
  /// The chapter named (`1`).
  public var chapter: String
  /// How it is resolved, in words (`chapter 1 (A00-B99)`, `curated CUR-Z36-FETAL: O35.-, O36.-`).
  public var resolution: String

  /// The chapter number a note names in words (`... in Chapter 15` → `15`), or nil. Roman numerals
  /// and "this chapter" are not references to a chapter's codes.
  public static func chapterNamed(in text: String) -> String? {
    guard let range = text.range(of: "Chapter ", options: .backwards) else { return nil }
    let digits = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 2 else { return nil }
    return String(digits)
  }

  /// Whether notes of this kind that name a chapter resolve to the chapter's whole range (an
  /// Excludes1 note does not: it would forbid pairings the chapter routinely makes, so it needs a
  /// curated reference).
  static func resolvesToWholeChapter(_ kind: NoteKind) -> Bool {
    kind == .excludes2 || kind == .useAdditionalCode
  }
}

extension Release {
  /// Every note naming a chapter in words that holds no code reference, with its resolution:
  /// the chapter's range (Excludes2, Use additional code), a curated reference, or none.
  public func chapterReferences(curated: CuratedReferences? = nil) -> [ChapterReference] {
    var result: [ChapterReference] = []
    let chapterCodes = Dictionary(chapters.map { (code($0), $0) }, uniquingKeysWith: { a, _ in a })
    for id in (0..<nodeCount).map({ NodeID($0) }) {
      for note in notes(id) where ![.inclusionTerm, .sevenChrDef, .sevenChrNote].contains(note.kind) {
        guard let chapter = ChapterReference.chapterNamed(in: note.text) else { continue }
        let byChapter = note.references.first { $0.text == "Chapter \(chapter)" }
        guard note.references.allSatisfy({ $0.text == "Chapter \(chapter)" }) else { continue }
        var resolution = "not resolved (the note names no code; text only)"
        if let range = byChapter?.nodes, let node = chapterCodes[chapter] {
          resolution = "chapter \(chapter) (\(title(node).components(separatedBy: "(").last?.dropLast() ?? ""))"
          if range.isEmpty { resolution = "not resolved (no chapter \(chapter))" }
        } else if let entry = curated?.entries.first(where: {
          $0.noteKind.lowercased() == note.kind.elementName.lowercased() && $0.carriers.contains(code(id))
            && $0.matches(noteText: note.text)
        }) {
          resolution = "curated \(entry.id): \(entry.references.joined(separator: ", "))"
        }
        let carrier = kind(id) == .chapter ? "chapter \(code(id))" : code(id)
        result.append(
          ChapterReference(
            release: info.id, carrier: carrier, kind: note.kind.elementName, note: note.text, chapter: chapter,
            resolution: resolution))
      }
    }
    return result
  }
}
