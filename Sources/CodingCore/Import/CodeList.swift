import Foundation

/// The official list of valid codes of a release (a code list or an order file), used to decide
/// which 7th-character combinations exist and to validate the compiled tree.
struct CodeList: Sendable {
  /// Every code (no dot, upper case), headers included; chapter numbers and section ranges excluded.
  var codes: Set<String>
  /// Billable flags, when the file carries them (order files do).
  var billable: [String: Bool]
  /// Official long titles, when the file carries them (order files do).
  var titles: [String: String]

  /// Parses a code list (one code a line) or an order file (sequence, code, flag, short, long titles).
  static func parse(_ data: Data, fileName: String) throws -> CodeList {
    guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
      throw ImportError(file: fileName, problem: "the code list is not text")
    }
    var list = CodeList(codes: [], billable: [:], titles: [:])
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty { continue }
      let fields = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
      if fields.count >= 3, fields[0].allSatisfy(\.isNumber), fields[0].count == 5 {
        // Order file: "00001 A00     0 Cholera    Cholera"
        let code = String(fields[1])
        guard CodeNormalizer.looksLikeCode(code) else {
          throw ImportError(file: fileName, line: lineNumber, problem: "\"\(code)\" is not a code")
        }
        list.codes.insert(code)
        list.billable[code] = fields[2] == "1"
        let chars = Array(rawLine)
        if chars.count > 77 {
          list.titles[code] = String(chars[77...]).trimmingCharacters(in: .whitespaces)
        }
      } else if fields.count == 1 {
        let code = String(fields[0])
        if code.allSatisfy(\.isNumber) || code.contains("-") { continue }  // chapters, sections
        guard CodeNormalizer.looksLikeCode(code) else {
          throw ImportError(file: fileName, line: lineNumber, problem: "\"\(code)\" is not a code")
        }
        list.codes.insert(code)
      } else {
        throw ImportError(file: fileName, line: lineNumber, problem: "not a code list or order file line")
      }
    }
    guard !list.codes.isEmpty else { throw ImportError(file: fileName, problem: "the code list holds no codes") }
    return list
  }
}
