import CodingCore
import Foundation

/// Reads the optional `coder` column of a batch line (CSV column or JSON Lines field).
struct CoderColumn {
  let input: AuditRunner.InputFormat
  /// The CSV column index of `coder`, once the header is read.
  private(set) var column: Int?

  init(input: AuditRunner.InputFormat) {
    self.input = input
  }

  /// Whether a CSV header named a `coder` column.
  var present: Bool { column != nil }

  /// Finds the `coder` column in a CSV header line.
  mutating func readHeader(_ line: UnsafeBufferPointer<UInt8>) {
    var text = String(decoding: line, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    column = Self.fields(text).firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == "coder" }
  }

  /// The coder named on a data line, or nil.
  func value(_ line: UnsafeBufferPointer<UInt8>) -> String? {
    switch input {
    case .csv:
      guard let column else { return nil }
      let fields = Self.fields(String(decoding: line, as: UTF8.self))
      guard column < fields.count else { return nil }
      let value = fields[column].trimmingCharacters(in: .whitespaces)
      return value.isEmpty ? nil : value
    case .jsonl:
      guard Self.mentionsCoder(line),
        let object = try? JSONSerialization.jsonObject(with: Data(buffer: line)) as? [String: Any],
        let value = object["coder"] as? String, !value.isEmpty
      else { return nil }
      return value
    }
  }

  /// Whether a line contains `"coder"` (only such JSON lines are decoded a second time).
  static func mentionsCoder(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    let key = Array("\"coder\"".utf8)
    guard line.count >= key.count else { return false }
    var i = 0
    while i <= line.count - key.count {
      if line[i] == 0x22 && line[i + 1] == 0x63 {
        var k = 2
        while k < key.count && line[i + k] == key[k] { k += 1 }
        if k == key.count { return true }
      }
      i += 1
    }
    return false
  }

  /// Splits a CSV line into fields (quotes with doubled quotes inside).
  static func fields(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var previousQuote = false
    for c in line {
      if quoted {
        if c == "\"" {
          quoted = false
          previousQuote = true
        } else {
          current.append(c)
        }
      } else if c == "\"" {
        if previousQuote { current.append("\"") }
        quoted = true
        previousQuote = false
      } else if c == "," {
        fields.append(current)
        current = ""
        previousQuote = false
      } else {
        current.append(c)
        previousQuote = false
      }
    }
    fields.append(current)
    return fields
  }
}
