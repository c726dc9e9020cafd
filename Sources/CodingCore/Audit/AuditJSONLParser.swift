import Foundation

/// Parses the JSON Lines form of audit input: one object per line with the CSV's field names.
///
/// `codes` and `documented` may be arrays of strings or `;`-separated strings; `unrelated` an array
/// of `"A,B:reason"` strings or `{"codes": [A, B], "reason": ...}` objects; `encounter_id` a string
/// or a number; `pain_management_focus` a boolean.
enum AuditJSONLParser {
  static func record(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, options: RuleOptions) -> Result<
    AuditRecord, AuditLineError
  > {
    func fail(_ problem: String) -> Result<AuditRecord, AuditLineError> {
      .failure(AuditLineError(line: number, problem: problem))
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(buffer: bytes), options: [])
    } catch {
      return fail("bad JSON")
    }
    guard let fields = object as? [String: Any] else { return fail("not a JSON object") }
    guard let rawID = fields["encounter_id"] else { return fail("missing column encounter_id") }
    let id: String
    if let text = rawID as? String {
      id = text
    } else if let number = rawID as? NSNumber {
      id = number.stringValue
    } else {
      return fail("bad encounter_id")
    }
    guard let dateText = fields["date_of_service"] else { return fail("missing column date_of_service") }
    guard let text = dateText as? String, let date = AuditFieldParser.date(Substring(text)) else {
      return fail("bad date \(SafeText.echo(String(describing: dateText))) (expected YYYY-MM-DD)")
    }
    guard let rawCodes = fields["codes"] else { return fail("missing column codes") }
    let codes: [String]
    if let list = rawCodes as? [Any] {
      guard let strings = list as? [String] else { return fail("bad codes (strings expected)") }
      codes = strings.map { String(Substring($0).trimmingSpaces) }.filter { !$0.isEmpty }
    } else if let text = rawCodes as? String {
      codes = AuditFieldParser.codes(Substring(text))
    } else {
      return fail("bad codes")
    }
    var encounter = Encounter(id: id, date: date, codes: codes, options: options)
    if let rawDocumented = fields["documented"], !(rawDocumented is NSNull) {
      let items: [Substring]
      if let list = rawDocumented as? [String] {
        items = list.map { Substring($0) }
      } else if let text = rawDocumented as? String {
        items = text.split(separator: ";")
      } else {
        return fail("bad documented value")
      }
      guard let states = AuditFieldParser.documentation(items) else { return fail("bad documented value") }
      encounter.documentation = states
    }
    if let rawUnrelated = fields["unrelated"], !(rawUnrelated is NSNull) {
      guard let list = rawUnrelated as? [Any] else { return fail("bad unrelated value (array expected)") }
      for item in list {
        if let text = item as? String, let pair = AuditFieldParser.unrelated(Substring(text)) {
          encounter.unrelated.append(pair)
        } else if let object = item as? [String: Any], let pair = object["codes"] as? [String], pair.count == 2,
          let reason = object["reason"] as? String, !reason.isEmpty
        {
          encounter.unrelated.append(UnrelatedOverride(pair[0], pair[1], reason: reason))
        } else {
          return fail("bad unrelated value")
        }
      }
    }
    if let rawFocus = fields["pain_management_focus"], !(rawFocus is NSNull) {
      guard let flag = rawFocus as? Bool else { return fail("bad pain_management_focus (boolean expected)") }
      encounter.painManagementFocus = flag
    }
    return .success(AuditRecord(id: id, encounter: encounter))
  }
}
