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
    var list = CodeList(codes: [], billable: [:], titles: [:])
    let bytes = [UInt8](data)
    var lineNumber = 0
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      lineNumber += 1
      var end = lineEnd
      while end > lineStart && (bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20) { end -= 1 }
      let line = bytes[lineStart..<end]
      lineStart = lineEnd + 1
      if line.isEmpty { continue }
      let fields = line.split(separator: 0x20, maxSplits: 3, omittingEmptySubsequences: true)
      if fields.count >= 3, fields[0].count == 5, fields[0].allSatisfy({ (0x30...0x39).contains($0) }) {
        // Order file: "00001 A00     0 Cholera    Cholera"; the long title starts at column 77.
        let code = String(decoding: fields[1], as: UTF8.self)
        guard CodeNormalizer.looksLikeCode(code) else {
          throw ImportError(file: fileName, line: lineNumber, problem: "\"\(code)\" is not a code")
        }
        list.codes.insert(code)
        list.billable[code] = fields[2].first == 0x31
        if line.count > 77 {
          list.titles[code] = String(decoding: line.dropFirst(77), as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
      } else if fields.count == 1 {
        let code = String(decoding: fields[0], as: UTF8.self)
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
