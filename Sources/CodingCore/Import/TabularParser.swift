import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads an ICD-10-CM tabular XML document into a ``TabularDocument``.
///
/// Every note kind is kept at every level (chapter, section, diagnosis). Sections are flat here;
/// ``SectionNester`` later places the sections that a super-block section's range covers under it.
final class TabularParser: NSObject, XMLParserDelegate, @unchecked Sendable {
  private var document = TabularDocument()
  private var stack: [Int] = []  // open chapter / section / diag entries
  private var elementPath: [String] = []
  private var text = ""
  private var noteKind: NoteKind?
  private var extensionChar: Character?
  private var rootName: String?
  private var failure: String?
  private var rootClosed = false
  private let fileName: String
  private var elementCount = 0
  /// The deepest nesting accepted (a release nests about 12 levels deep).
  static let maximumDepth = 64
  /// The most elements accepted (a release has about 190,000).
  static let maximumElements = 4_000_000

  private init(fileName: String) { self.fileName = fileName }

  /// Parses XML bytes; `fileName` names the file in error messages.
  static func parse(_ data: Data, fileName: String) throws -> TabularDocument {
    if String(validating: data, as: UTF8.self) == nil {
      // FoundationXML crashes on an element name that is not UTF-8 (found by fuzzing).
      throw ImportError(file: fileName, line: invalidUTF8Line(data), problem: "not valid UTF-8; refused")
    }
    if let line = processingInstructionLine(data) {
      // FoundationXML crashes on some of them (a second `<?xml ...?>`, found by fuzzing); a tabular
      // file holds only its XML declaration at the start.
      throw ImportError(
        file: fileName, line: line, problem: "a processing instruction (<?...?>) after the start; refused")
    }
    let delegate = TabularParser(fileName: fileName)
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    parser.shouldProcessNamespaces = false
    let ok = parser.parse()
    if let failure = delegate.failure {
      throw ImportError(file: fileName, line: parser.lineNumber, problem: failure)
    }
    if !ok {
      let code = parser.parserError.map { ($0 as NSError).code } ?? 0
      if delegate.rootName == nil {
        throw ImportError(file: fileName, line: parser.lineNumber, problem: "not an XML file (no root element)")
      }
      throw ImportError(
        file: fileName, line: parser.lineNumber,
        problem: "malformed XML at column \(parser.columnNumber) (XML parser error \(code))")
    }
    guard delegate.rootName == "ICD10CM.tabular" else {
      throw ImportError(
        file: fileName,
        problem:
          "not an ICD-10-CM tabular file: the root element is <\(delegate.rootName ?? "none")>, expected <ICD10CM.tabular>"
      )
    }
    guard delegate.rootClosed else {
      throw ImportError(
        file: fileName, line: parser.lineNumber, problem: "truncated XML: <ICD10CM.tabular> is never closed")
    }
    guard !delegate.document.roots.isEmpty else {
      throw ImportError(file: fileName, problem: "the tabular file has no chapters")
    }
    return delegate.document
  }

  /// The line of the first byte sequence that is not UTF-8.
  static func invalidUTF8Line(_ data: Data) -> Int {
    var iterator = data.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var line = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): if scalar.count == 1, scalar.first == 0x0A { line += 1 }
      case .error: return line
      case .emptyInput: return line
      }
    }
  }

  /// The line of the first `<?` that is not the XML declaration at the very start, or nil.
  static func processingInstructionLine(_ data: Data) -> Int? {
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
      let b = bytes.bindMemory(to: UInt8.self)
      var start = 0
      // A byte order mark and white space may precede the declaration.
      if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { start = 3 }
      while start < b.count, [0x20, 0x09, 0x0A, 0x0D].contains(b[start]) { start += 1 }
      var i = start
      var line = 1
      while i + 1 < b.count {
        if b[i] == 0x0A { line += 1 }
        if b[i] == UInt8(ascii: "<"), b[i + 1] == UInt8(ascii: "?"), i != start { return line }
        i += 1
      }
      return nil
    }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    if rootName == nil {
      rootName = elementName
      if elementName != "ICD10CM.tabular" {
        failure = "not an ICD-10-CM tabular file: the root element is <\(elementName)>, expected <ICD10CM.tabular>"
        parser.abortParsing()
        return
      }
    }
    elementPath.append(elementName)
    elementCount += 1
    if elementPath.count > Self.maximumDepth {
      return fail(parser, "elements nested more than \(Self.maximumDepth) levels deep; refused")
    }
    if elementCount > Self.maximumElements {
      return fail(parser, "more than \(Self.maximumElements) elements (a release has about 190,000); refused")
    }
    text = ""
    switch elementName {
    case "chapter":
      stack.append(document.append(TabularEntry(code: "", title: "", kind: .chapter), under: -1))
    case "section":
      guard let chapter = stack.first else { return fail(parser, "a <section> outside any <chapter>") }
      let id = attributeDict["id"] ?? ""
      stack = [chapter]
      stack.append(document.append(TabularEntry(code: id, title: "", kind: .section), under: chapter))
    case "diag":
      guard let parent = stack.last, stack.count >= 2 else {
        return fail(parser, "a <diag> outside any <section>")
      }
      let kind: NodeKind = document.entries[parent].kind == .section ? .category : .code
      stack.append(document.append(TabularEntry(code: "", title: "", kind: kind), under: parent))
    case "extension":
      extensionChar = attributeDict["char"].flatMap { $0.count == 1 ? $0.first : nil }
    default:
      if let kind = NoteKind(elementName: elementName) { noteKind = kind }
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if text.isEmpty { text = string } else { text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    defer { elementPath.removeLast() }
    let needsText = ["version", "name", "desc", "note", "extension"].contains(elementName)
    let value = needsText ? text.trimmingCharacters(in: .whitespacesAndNewlines) : ""
    text = ""
    let parentElement = elementPath.count >= 2 ? elementPath[elementPath.count - 2] : ""
    if elementPath.count == 1 { rootClosed = true }
    switch elementName {
    case "version":
      if parentElement == "ICD10CM.tabular" { document.version = value }
    case "chapter", "section", "diag":
      guard let top = stack.last else { return }
      if document.entries[top].code.isEmpty && elementName == "diag" {
        return fail(parser, "a <diag> without a <name>")
      }
      stack.removeLast()
    case "name":
      guard let top = stack.last else { return }
      if parentElement == "diag" || parentElement == "chapter" { document.entries[top].code = value }
    case "desc":
      guard let top = stack.last else { return }
      if ["diag", "chapter", "section"].contains(parentElement) { document.entries[top].title = value }
    case "note":
      guard let kind = noteKind, let top = stack.last, !value.isEmpty else { return }
      if ["diag", "chapter", "section"].contains(elementPath.dropLast(2).last ?? "") {
        document.entries[top].notes.append(RawNote(kind: kind, text: value, character: nil))
      }
    case "extension":
      guard let top = stack.last, let char = extensionChar, parentElement == "sevenChrDef" else { return }
      document.entries[top].notes.append(RawNote(kind: .sevenChrDef, text: value, character: char))
      extensionChar = nil
    default:
      if NoteKind(elementName: elementName) != nil { noteKind = nil }
    }
  }

  private func fail(_ parser: XMLParser, _ message: String) {
    if failure == nil { failure = message }
    parser.abortParsing()
  }
}
