/// Parses the CSV form of audit input: a header naming the columns, then one encounter per line.
///
/// Columns: `encounter_id`, `date_of_service`, `codes` (`;`-separated), and optionally `documented`
/// (checklist states), `unrelated` (`A,B:reason`, several separated by `|`) and `pain_management_focus`.
/// Fields may be quoted with `"` (doubled inside); a record must fit on one line.
struct AuditCSVParser {
  let id: Int
  let date: Int
  let codes: Int
  let documented: Int?
  let unrelated: Int?
  let focus: Int?
  let columnCount: Int

  /// Reads the header; nil (with the problem) when a required column is missing.
  static func header(_ line: String) -> Result<AuditCSVParser, AuditLineError> {
    guard let fields = split(Substring(line)) else {
      return .failure(AuditLineError(line: 1, problem: "bad quoting in the header"))
    }
    let names = fields.map { $0.trimmingSpaces.lowercased() }
    func column(_ name: String) -> Int? { names.firstIndex(of: name) }
    guard let id = column("encounter_id"), let date = column("date_of_service"), let codes = column("codes") else {
      return .failure(
        AuditLineError(
          line: 1,
          problem:
            "the header must name encounter_id, date_of_service and codes (found: \(SafeText.echo(names.joined(separator: ","))))"
        ))
    }
    return .success(
      AuditCSVParser(
        id: id, date: date, codes: codes, documented: column("documented"), unrelated: column("unrelated"),
        focus: column("pain_management_focus"), columnCount: names.count))
  }

  /// Splits one CSV line into fields; nil when the quoting is broken.
  static func split(_ line: Substring) -> [Substring]? {
    if !line.utf8.contains(UInt8(ascii: "\"")) {
      return line.split(separator: ",", omittingEmptySubsequences: false)
    }
    var fields: [Substring] = []
    var current = ""
    var i = line.startIndex
    var atFieldStart = true
    var quoted = false
    var closed = false
    while i < line.endIndex {
      let c = line[i]
      if quoted {
        if c == "\"" {
          let next = line.index(after: i)
          if next < line.endIndex && line[next] == "\"" {
            current.append("\"")
            i = line.index(after: next)
            continue
          }
          quoted = false
          closed = true
        } else {
          current.append(c)
        }
      } else if c == "," {
        fields.append(Substring(current))
        current = ""
        atFieldStart = true
        closed = false
        i = line.index(after: i)
        continue
      } else if c == "\"" {
        guard atFieldStart, current.allSatisfy({ $0 == " " }) else { return nil }
        current = ""
        quoted = true
      } else {
        if closed && c != " " { return nil }
        if !closed { current.append(c) }
      }
      atFieldStart = false
      i = line.index(after: i)
    }
    if quoted { return nil }
    fields.append(Substring(current))
    return fields
  }

  /// Parses one data line from its bytes (valid UTF-8); lines without quotes take a byte-level path.
  func record(bytes line: UnsafeBufferPointer<UInt8>, number: Int, options: RuleOptions) -> Result<
    AuditRecord, AuditLineError
  > {
    guard let plain = PlainCSVLine(line, parser: self) else {
      return record(String(decoding: line, as: UTF8.self), number: number, options: options)
    }
    guard let serviceDate = plain.date else {
      let text = plain.text(PlainCSVLine.trimmed(plain.dateField, in: line))
      return .failure(
        AuditLineError(line: number, problem: "bad date \"\(SafeText.echo(text))\" (expected YYYY-MM-DD)"))
    }
    var codeList: [String] = []
    plain.forEachCode { codeList.append(String(decoding: $0, as: UTF8.self)) }
    let idText = plain.text(plain.id)
    return .success(
      AuditRecord(id: idText, encounter: Encounter(id: idText, date: serviceDate, codes: codeList, options: options)))
  }

  /// Parses one data line.
  func record(_ line: String, number: Int, options: RuleOptions) -> Result<AuditRecord, AuditLineError> {
    guard let fields = Self.split(Substring(line)) else {
      return .failure(AuditLineError(line: number, problem: "bad quoting"))
    }
    guard fields.count >= columnCount else {
      let missing =
        [(id, "encounter_id"), (date, "date_of_service"), (codes, "codes")]
        .first { $0.0 >= fields.count }?.1 ?? "a column"
      return .failure(
        AuditLineError(line: number, problem: "missing column \(missing) (\(fields.count) of \(columnCount) fields)"))
    }
    if fields.count > columnCount {
      return .failure(
        AuditLineError(line: number, problem: "too many fields (\(fields.count) for \(columnCount) columns)"))
    }
    let idText = String(fields[id].trimmingSpaces)
    guard let serviceDate = AuditFieldParser.date(fields[date]) else {
      return .failure(
        AuditLineError(line: number, problem: "bad date \"\(SafeText.echo(fields[date]))\" (expected YYYY-MM-DD)"))
    }
    var encounter = Encounter(
      id: idText, date: serviceDate, codes: AuditFieldParser.codes(fields[codes]), options: options)
    if let documented {
      guard let states = AuditFieldParser.documentation(fields[documented].split(separator: ";")) else {
        return .failure(
          AuditLineError(line: number, problem: "bad documented value \"\(SafeText.echo(fields[documented]))\""))
      }
      encounter.documentation = states
    }
    if let unrelated {
      for item in fields[unrelated].split(separator: "|") where !item.trimmingSpaces.isEmpty {
        guard let pair = AuditFieldParser.unrelated(item) else {
          return .failure(
            AuditLineError(
              line: number, problem: "bad unrelated value \"\(SafeText.echo(item))\" (expected A,B:reason)"))
        }
        encounter.unrelated.append(pair)
      }
    }
    if let focus {
      guard let value = AuditFieldParser.flag(fields[focus]) else {
        return .failure(
          AuditLineError(line: number, problem: "bad pain_management_focus \"\(SafeText.echo(fields[focus]))\""))
      }
      encounter.painManagementFocus = value
    }
    return .success(AuditRecord(id: idText, encounter: encounter))
  }
}
