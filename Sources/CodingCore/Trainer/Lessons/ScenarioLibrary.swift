import Foundation

/// The lesson scenarios of a folder (`Data/scenarios/*.json`): every file that loads, and a problem
/// (file, line, what) for each one that does not; one bad file never hides the others.
public struct ScenarioLibrary: Sendable {
  /// The scenarios, by name.
  public var scenarios: [Scenario]
  /// The files that could not be loaded.
  public var problems: [ScenarioProblem]

  /// Creates a library.
  public init(scenarios: [Scenario], problems: [ScenarioProblem] = []) {
    self.scenarios = scenarios
    self.problems = problems
  }

  /// The scenario with a name (any case), if any.
  public func scenario(named name: String) -> Scenario? {
    scenarios.first { $0.name.lowercased() == name.lowercased() }
  }

  /// The shipped scenarios folder (`Data/scenarios`, beside the release folder), if any.
  public static func folder(locator: DataLocator = .standard()) -> URL? {
    RulesData.locate("scenarios", locator: locator)
  }

  /// Loads every `.json` file of a folder, in name order.
  public static func load(folder: URL) -> ScenarioLibrary {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
    } catch {
      return ScenarioLibrary(
        scenarios: [], problems: [ScenarioProblem(file: folder.path, line: 1, problem: "cannot read the folder")])
    }
    var library = ScenarioLibrary(scenarios: [])
    for name in names {
      let url = folder.appendingPathComponent(name)
      switch loadFile(url) {
      case .success(let scenario):
        if library.scenario(named: scenario.name) != nil {
          library.problems.append(
            ScenarioProblem(file: url.path, line: 1, problem: "another file already has the name \"\(scenario.name)\""))
        } else {
          library.scenarios.append(scenario)
        }
      case .failure(let problem):
        library.problems.append(problem)
      }
    }
    return library
  }

  /// Loads one scenario file.
  public static func loadFile(_ url: URL) -> Result<Scenario, ScenarioProblem> {
    let path = url.path
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(ScenarioProblem(file: path, line: 1, problem: "cannot read the file"))
    }
    let text = String(decoding: data, as: UTF8.self)
    do {
      _ = try JSONSerialization.jsonObject(with: data)
    } catch {
      return .failure(ScenarioProblem(file: path, line: syntaxErrorLine(error, text: text), problem: "not valid JSON"))
    }
    let scenario: Scenario
    do {
      scenario = try JSONDecoder().decode(Scenario.self, from: data)
    } catch let error as DecodingError {
      let (keys, problem) = describe(error)
      return .failure(ScenarioProblem(file: path, line: line(ofKeys: keys, in: text), problem: problem))
    } catch {
      return .failure(ScenarioProblem(file: path, line: 1, problem: "\(error)"))
    }
    if let (key, problem) = invalidField(scenario, fileName: url.deletingPathExtension().lastPathComponent) {
      return .failure(ScenarioProblem(file: path, line: line(ofKeys: [key], in: text), problem: problem))
    }
    return .success(scenario)
  }

  /// The first field that breaks a rule of the format, with the problem.
  static func invalidField(_ s: Scenario, fileName: String) -> (String, String)? {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
    if s.name.isEmpty || !s.name.allSatisfy({ allowed.contains($0) }) {
      return ("name", "\"name\" must be lower case letters, digits and dashes")
    }
    if s.name != fileName { return ("name", "\"name\" must match the file name (\(fileName))") }
    if s.title.isEmpty { return ("title", "\"title\" is empty") }
    if s.vignette.isEmpty { return ("vignette", "\"vignette\" is empty") }
    if s.expected.isEmpty { return ("expected", "\"expected\" must list at least one code") }
    if s.alternatives.contains(where: \.isEmpty) { return ("alternatives", "an alternative answer is empty") }
    if s.unrelated.contains(where: { $0.codes.count != 2 || $0.reason.isEmpty }) {
      return ("unrelated", "each unrelated pair needs two codes and a reason")
    }
    for point in s.teaching where !ScenarioCitation.sources.contains(point.citation.source) {
      return ("source", "citation source \"\(point.citation.source)\" is not tabular, guideline or source-article")
    }
    for point in s.teaching where point.citation.source == "tabular" {
      let c = point.citation
      if c.code == nil || c.level == nil || c.note == nil || c.kind.flatMap(NoteKind.init(elementName:)) == nil {
        return ("citation", "a tabular citation needs code, level, kind and note")
      }
    }
    return nil
  }

  /// The coding path and a sentence for a decoding error.
  static func describe(_ error: DecodingError) -> ([String], String) {
    func keys(_ path: [CodingKey]) -> [String] { path.compactMap { $0.intValue == nil ? $0.stringValue : nil } }
    switch error {
    case .keyNotFound(let key, let context):
      let inside = keys(context.codingPath)
      return (inside, "missing field \"\(key.stringValue)\"" + (inside.isEmpty ? "" : " in \"\(inside.last ?? "")\""))
    case .typeMismatch(let type, let context):
      let key = keys(context.codingPath).last
      return (keys(context.codingPath), "\"\(key ?? "")\" should be \(form(key, type))")
    case .valueNotFound(let type, let context):
      let key = keys(context.codingPath).last
      return (keys(context.codingPath), "\"\(key ?? "")\" should be \(form(key, type)), not null")
    case .dataCorrupted(let context):
      return (keys(context.codingPath), "\"\(keys(context.codingPath).last ?? "")\": \(context.debugDescription)")
    @unknown default:
      return ([], "\(error)")
    }
  }

  /// The documented form of a field, for messages.
  static let forms: [String: String] = [
    "expected": "a list of codes", "alternatives": "a list of code lists", "tags": "a list of words",
    "codes": "a list of two codes", "unrelated": "a list of {\"codes\": [A, B], \"reason\": ...} objects",
    "checklist": "an object of checklist item ids to \"yes\" or \"no\"",
    "teaching": "a list of {\"point\": ..., \"citation\": {...}} objects", "citation": "an object",
    "sequencing": "true or false", "pain_focus": "true, false or null",
  ]

  /// The documented form of a field (text unless listed).
  static func form(_ key: String?, _ type: Any.Type) -> String {
    if let key, let form = forms[key] { return form }
    return type == Bool.self ? "true or false" : "text"
  }

  /// The line of the last of a chain of keys (each searched after the previous one); 1 when not found.
  static func line(ofKeys keys: [String], in text: String) -> Int {
    var from = text.startIndex
    var found: String.Index?
    for key in keys {
      guard let r = text.range(of: "\"\(key)\"", range: from..<text.endIndex) else { break }
      found = r.lowerBound
      from = r.upperBound
    }
    guard let found else { return 1 }
    return text[..<found].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
  }

  /// The line of a JSON syntax error (from the parser's byte index or its message), else 1.
  static func syntaxErrorLine(_ error: Error, text: String) -> Int {
    let ns = error as NSError
    if let index = ns.userInfo["NSJSONSerializationErrorIndex"] as? Int {
      let bytes = Array(text.utf8.prefix(index))
      return bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
    let message = "\(ns.userInfo[NSDebugDescriptionErrorKey] ?? "") \(ns.localizedDescription)"
    if let r = message.range(of: "line ") {
      let digits = message[r.upperBound...].prefix { $0.isNumber }
      if let n = Int(digits) { return n }
    }
    // "Invalid value around character 39."
    if let r = message.range(of: "character ") {
      let digits = message[r.upperBound...].prefix { $0.isNumber }
      if let offset = Int(digits) {
        return text.utf16.prefix(offset).reduce(1) { $1 == 10 ? $0 + 1 : $0 }
      }
    }
    return 1
  }
}
