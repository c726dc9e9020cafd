import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the CDC Alphabetic Index XML (`icd10cm-index-YYYY.xml`, root `<ICD10CM.index>`) into rows
/// in printed order: `<mainTerm>` is level 0, `<term level="n">` level n; `<title>` (without its
/// `<nemod>`), `<nemod>`, `<see>`, `<seeAlso>` and the first `<code>` fill the columns.
final class IndexXMLParser: NSObject, XMLParserDelegate, @unchecked Sendable {
  private struct Open {
    var row: IndexRow
    var emitted = false
  }

  private var rows: [IndexRow] = []
  private var open: [Open] = []
  private var elements: [String] = []
  private var text = ""
  private var modifier = ""
  private var rootName: String?
  private var rootClosed = false
  private var failure: String?
  private weak var parser: XMLParser?

  /// Parses XML bytes; `fileName` names the file in error messages.
  static func parse(_ data: Data, fileName: String) throws -> [IndexRow] {
    let delegate = IndexXMLParser()
    let parser = XMLParser(data: data)
    delegate.parser = parser
    parser.delegate = delegate
    let ok = parser.parse()
    if let failure = delegate.failure { throw ImportError(file: fileName, line: parser.lineNumber, problem: failure) }
    guard ok else {
      throw ImportError(
        file: fileName, line: parser.lineNumber,
        problem: delegate.rootName == nil
          ? "not an XML file (no root element)" : "malformed XML at column \(parser.columnNumber)")
    }
    guard delegate.rootName == "ICD10CM.index" else {
      throw ImportError(
        file: fileName,
        problem:
          "not an ICD-10-CM index file: the root element is <\(delegate.rootName ?? "none")>, expected <ICD10CM.index>")
    }
    guard delegate.rootClosed else {
      throw ImportError(file: fileName, problem: "truncated XML: <ICD10CM.index> is never closed")
    }
    guard !delegate.rows.isEmpty else { throw ImportError(file: fileName, problem: "the index has no terms") }
    return delegate.rows
  }

  private func stop(_ problem: String) {
    guard failure == nil else { return }
    failure = problem
    parser?.abortParsing()
  }

  private func emitParent() {
    guard let last = open.indices.last, !open[last].emitted else { return }
    rows.append(open[last].row)
    open[last].emitted = true
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if rootName == nil { rootName = name }
    elements.append(name)
    switch name {
    case "mainTerm", "term":
      emitParent()
      var level = 0
      if name == "term" {
        guard let value = attributes["level"].flatMap(Int.init), (1...15).contains(value) else {
          return stop("<term> without a level attribute from 1 to 15")
        }
        level = value
      }
      let expected = open.isEmpty ? 0 : open[open.count - 1].row.level + 1
      guard level == expected else {
        return stop("a term of level \(level) inside a term of level \(expected - 1)")
      }
      open.append(Open(row: IndexRow(level: level, term: "", line: parser.lineNumber)))
    case "title", "see", "seeAlso", "code":
      text = ""
      if name == "title" { modifier = "" }
    case "nemod":
      break
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if elements.last == "nemod" { modifier += string } else { text += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    elements.removeLast()
    if elements.isEmpty && name == rootName { rootClosed = true }
    guard let last = open.indices.last else { return }
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let parent = elements.last
    guard parent == "mainTerm" || parent == "term" || name == "mainTerm" || name == "term" else { return }
    switch name {
    case "title":
      open[last].row.term = value.replacingOccurrences(of: "  ", with: " ")
      open[last].row.modifier = modifier.trimmingCharacters(in: .whitespacesAndNewlines)
    case "see": open[last].row.see = value
    case "seeAlso": open[last].row.seeAlso = value
    case "code" where open[last].row.code.isEmpty:
      guard IndexRow.isCodeShaped(value) else { return stop("<code> \"\(value)\" is not an ICD-10-CM code") }
      open[last].row.code = value
    case "mainTerm", "term":
      guard !open[last].row.term.isEmpty || !open[last].row.modifier.isEmpty else {
        return stop("a <\(name)> without a <title>")
      }
      let row = open[last].row
      guard ![row.term, row.modifier, row.see, row.seeAlso].contains(where: IndexRow.hasControlCharacter) else {
        return stop(
          "control character in the term \"\(row.term.filter { !$0.isASCII || $0.asciiValue ?? 0 >= 0x20 })\"")
      }
      emitParent()
      open.removeLast()
    default:
      break
    }
    text = ""
  }
}
