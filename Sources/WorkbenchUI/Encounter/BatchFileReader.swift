import Foundation
import CodingCore

/// Reads the audit input format: CSV with the header
/// `encounter_id,date_of_service,codes[,documented]` (lists separated by `;`)
/// or JSON Lines objects with the same fields.
public enum BatchFileReader {
  /// Why a whole file could not be read.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// Reads a batch file from disk.
  public static func read(path: String) -> Result<BatchFile, Failure> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(Failure(description: "cannot read \(path)"))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(Failure(description: "\(path) is not UTF-8 text"))
    }
    return parse(text, path: path)
  }

  /// Parses batch text; malformed lines are listed as problems and skipped.
  public static func parse(_ text: String, path: String) -> Result<BatchFile, Failure> {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    guard let first = lines.first(where: { !$0.trimmingCharacters(in: " \t").isEmpty }) else {
      return .failure(Failure(description: "\(path) is empty"))
    }
    if first.trimmingCharacters(in: " \t").hasPrefix("{") { return .success(parseJSONLines(lines, path: path)) }
    return parseCSV(lines, path: path)
  }

  private static func parseCSV(_ lines: [String], path: String) -> Result<BatchFile, Failure> {
    guard let headerIndex = lines.firstIndex(where: { !$0.isEmpty }) else {
      return .failure(Failure(description: "\(path) is empty"))
    }
    let header = splitCSV(lines[headerIndex]).map { $0.lowercased().trimmingCharacters(in: " ") }
    guard let idCol = header.firstIndex(of: "encounter_id"), let dateCol = header.firstIndex(of: "date_of_service"),
      let codesCol = header.firstIndex(of: "codes")
    else {
      return .failure(Failure(description: "\(path): the header must be encounter_id,date_of_service,codes[,documented]"))
    }
    let docCol = header.firstIndex(of: "documented")
    var encounters: [EncounterDraft] = []
    var problems: [String] = []
    for (i, line) in lines.enumerated() where i > headerIndex && !line.trimmingCharacters(in: " ").isEmpty {
      let fields = splitCSV(line)
      guard fields.count > max(idCol, dateCol, codesCol) else {
        problems.append("line \(i + 1): missing column")
        continue
      }
      guard let date = ServiceDate(iso: fields[dateCol]) else {
        problems.append("line \(i + 1): bad date '\(fields[dateCol])'")
        continue
      }
      let documented = docCol.flatMap { $0 < fields.count ? fields[$0] : nil } ?? ""
      encounters.append(draft(id: fields[idCol], date: date, codes: list(fields[codesCol]), documented: list(documented)))
    }
    return .success(BatchFile(path: path, encounters: encounters, problems: problems))
  }

  private static func parseJSONLines(_ lines: [String], path: String) -> BatchFile {
    var encounters: [EncounterDraft] = []
    var problems: [String] = []
    for (i, line) in lines.enumerated() where !line.trimmingCharacters(in: " \t").isEmpty {
      guard let data = line.data(using: .utf8),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
      else {
        problems.append("line \(i + 1): not a JSON object")
        continue
      }
      guard let dateText = object["date_of_service"] as? String, let date = ServiceDate(iso: dateText) else {
        problems.append("line \(i + 1): bad or missing date_of_service")
        continue
      }
      let id = (object["encounter_id"] as? String) ?? (object["encounter_id"]).map { "\($0)" } ?? "line \(i + 1)"
      encounters.append(draft(id: id, date: date, codes: strings(object["codes"]), documented: strings(object["documented"])))
    }
    return BatchFile(path: path, encounters: encounters, problems: problems)
  }

  private static func draft(id: String, date: ServiceDate, codes: [String], documented: [String]) -> EncounterDraft {
    var doc: [String: DocumentationState] = [:]
    for item in documented { doc[item] = .documented }
    return EncounterDraft(id: id, date: date, codes: codes.map(EncounterDraft.normalize), documentation: doc)
  }

  private static func strings(_ value: Any?) -> [String] {
    if let s = value as? String { return list(s) }
    if let a = value as? [Any] { return a.compactMap { $0 as? String } }
    return []
  }

  private static func list(_ field: String) -> [String] {
    field.split(separator: ";").map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
  }

  /// Splits one CSV line, honouring double quotes (`""` inside quotes is a quote).
  static func splitCSV(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var iterator = line.makeIterator()
    var pending: Character? = nil
    while let c = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if c == "\"" {
          if let n = iterator.next() {
            if n == "\"" { current.append("\"") } else {
              quoted = false
              pending = n
            }
          } else {
            quoted = false
          }
        } else {
          current.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        fields.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    fields.append(current)
    return fields
  }
}
