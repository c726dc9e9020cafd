import Foundation

/// Reads the flattened CSV form of the Alphabetic Index
/// (`RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code`), validating every line.
enum IndexCSVParser {
  /// The header the file must start with.
  static let header = ["RowID", "Letter", "Level", "Term", "See", "SeeAlso", "NonEssModif", "Code"]

  /// Parses CSV bytes; `fileName` names the file in error messages. Throws at the first bad line.
  static func parse(_ data: Data, fileName: String) throws -> [IndexRow] {
    var rows: [IndexRow] = []
    rows.reserveCapacity(90_000)
    var lineNumber = 0
    var sawHeader = false
    var previousLevel = -1
    var previousID = 0
    let bytes = [UInt8](data)
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      lineNumber += 1
      var line = bytes[start..<end]
      start = end + 1
      if line.last == 0x0D { line = line.dropLast() }
      if line.isEmpty { continue }
      func fail(_ problem: String) -> ImportError { ImportError(file: fileName, line: lineNumber, problem: problem) }
      guard let text = String(validating: line, as: UTF8.self) else { throw fail("not valid UTF-8 text") }
      let fields = try split(text, fail: fail)
      if !sawHeader {
        guard fields == header else {
          throw fail("not an Alphabetic Index CSV: the header must be \(header.joined(separator: ","))")
        }
        sawHeader = true
        continue
      }
      guard fields.count == header.count else {
        throw fail("\(fields.count) fields, expected \(header.count) (\(header.joined(separator: ",")))")
      }
      guard let rowID = Int(fields[0]), rowID > previousID else {
        throw fail("RowID \"\(fields[0])\" is not a number greater than the previous row's")
      }
      guard let level = Int(fields[2]), (0...15).contains(level) else {
        throw fail("Level \"\(fields[2])\" is not a number from 0 to 15")
      }
      guard level <= previousLevel + 1 else {
        throw fail(
          previousLevel < 0
            ? "the first row must be a main term (Level 0), not Level \(level)"
            : "Level \(level) follows Level \(previousLevel): a subterm may be at most one level deeper than the row before"
        )
      }
      let term = fields[3].trimmingCharacters(in: .whitespaces)
      guard !term.isEmpty || !fields[6].trimmingCharacters(in: .whitespaces).isEmpty else {
        throw fail("empty Term (a row without a term must at least hold nonessential modifiers)")
      }
      let code = fields[7].trimmingCharacters(in: .whitespaces)
      guard code.isEmpty || IndexRow.isCodeShaped(code) else {
        throw fail("Code \"\(code)\" is not an ICD-10-CM code (expected e.g. M54.50 or M54.4-)")
      }
      for (name, value) in zip(header, fields) where IndexRow.hasControlCharacter(value) {
        throw fail("control character in \(name)")
      }
      rows.append(
        IndexRow(
          level: level, term: term, see: fields[4].trimmingCharacters(in: .whitespaces),
          seeAlso: fields[5].trimmingCharacters(in: .whitespaces),
          modifier: fields[6].trimmingCharacters(in: .whitespaces), code: code, line: lineNumber))
      previousLevel = level
      previousID = rowID
    }
    guard sawHeader else { throw ImportError(file: fileName, problem: "the file is empty") }
    guard !rows.isEmpty else { throw ImportError(file: fileName, problem: "the index has no terms") }
    return rows
  }

  /// Splits one CSV line into fields (double quotes, `""` inside quotes).
  static func split(_ line: String, fail: (String) -> ImportError) throws -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var atFieldStart = true
    var iterator = line.makeIterator()
    while let c = iterator.next() {
      if quoted {
        if c == "\"" {
          var lookahead = iterator
          if lookahead.next() == "\"" {
            current.append("\"")
            iterator = lookahead
          } else {
            quoted = false
          }
        } else {
          current.append(c)
        }
      } else if c == "," {
        fields.append(current)
        current = ""
        atFieldStart = true
        continue
      } else if c == "\"" && atFieldStart {
        quoted = true
      } else {
        current.append(c)
      }
      atFieldStart = false
    }
    if quoted { throw fail("unterminated quoted field") }
    fields.append(current)
    return fields
  }
}
