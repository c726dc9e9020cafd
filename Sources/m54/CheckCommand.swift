import ArgumentParser
import CodingCore
import Foundation

/// `m54 check CODE...`: checks one encounter and explains every finding.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Check an encounter's codes (Excludes notes, validity, rules, documentation).",
    discussion: """
      Codes are given in order (the first is first-listed), in any case, with or without the dot.
      Exit status: 0 without error findings, 1 with error findings, 2 for bad usage.
      """)

  @Argument(help: "The encounter's codes, first-listed first.")
  var codes: [String] = []

  @Option(help: "Date of service (YYYY-MM-DD); selects the release. Default: today.")
  var date: String?

  @Option(help: "Mark an Excludes1 pair unrelated: A,B:REASON (repeatable).")
  var unrelated: [String] = []

  @Option(help: "A checklist item documented in the record (repeatable).")
  var documented: [String] = []

  @Option(name: .customLong("not-documented"), help: "A checklist item known to be missing (repeatable).")
  var notDocumented: [String] = []

  @Option(help: "Whether pain management is the focus of the visit: yes or no.")
  var painFocus: String?

  @Flag(help: "Skip the rules and checklist items that come only from the source articles.")
  var noSourceArticleRules = false

  @Flag(help: "Do not list Excludes2 pairs.")
  var noExcludes2 = false

  @Flag(help: "Report required checklist items not yet answered.")
  var unanswered = false

  @Flag(help: "Write JSON instead of text.")
  var json = false

  func validate() throws {
    guard codes.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
      throw ValidationError("Give at least one code, e.g. `m54 check M54.50 M54.41 --date 2026-05-01`.")
    }
  }

  /// Loads the code set and the rules data, or exits 2.
  ///
  /// - Parameter verifyingAll: verify every store at once (a command that cannot be run again).
  static func loadEngine(verifyingAll: Bool = false) throws -> RulesEngine {
    let codeSet = try CodeSetLoader.load()
    if verifyingAll { StoreDamageRecovery.verifyAll(codeSet) }
    do {
      return try RulesEngine.load(codeSet: codeSet)
    } catch {
      Console.error("m54: \(error)")
      throw ExitCode(2)
    }
  }

  func run() throws {
    var serviceDate = ServiceDate.today()
    if let date {
      guard let parsed = ServiceDate(iso: date) else {
        Console.error("m54: bad date \"\(date)\" (expected YYYY-MM-DD)")
        throw ExitCode(2)
      }
      serviceDate = parsed
    }
    var overrides: [UnrelatedOverride] = []
    for text in unrelated {
      guard let colon = text.firstIndex(of: ":") else {
        Console.error("m54: bad --unrelated \"\(text)\" (expected A,B:REASON)")
        throw ExitCode(2)
      }
      let pair = text[..<colon].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      let reason = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      guard pair.count == 2, !reason.isEmpty else {
        Console.error("m54: bad --unrelated \"\(text)\" (expected A,B:REASON)")
        throw ExitCode(2)
      }
      overrides.append(UnrelatedOverride(pair[0], pair[1], reason: reason))
    }
    var focus: Bool?
    if let painFocus {
      switch painFocus.lowercased() {
      case "yes", "true", "1": focus = true
      case "no", "false", "0": focus = false
      default:
        Console.error("m54: bad --pain-focus \"\(painFocus)\" (yes or no)")
        throw ExitCode(2)
      }
    }
    var states: [String: DocumentationAnswer] = [:]
    for id in documented { states[id.uppercased()] = .yes }
    for id in notDocumented { states[id.uppercased()] = .no }
    let engine = try Self.loadEngine()
    for id in states.keys where engine.checklist.item(id: id) == nil {
      Console.error("m54: unknown checklist item \"\(id)\"")
      throw ExitCode(2)
    }
    let encounter = Encounter(
      date: serviceDate, codes: codes, unrelated: overrides, documentation: states, painManagementFocus: focus,
      options: RuleOptions(
        sourceArticleRules: !noSourceArticleRules, reportExcludes2: !noExcludes2, reportUnansweredItems: unanswered))
    let result = engine.check(encounter)
    if json {
      var w = JSONWriter()
      w.byte(UInt8(ascii: "{"))
      result.writeJSONFields(date: serviceDate, to: &w)
      w.raw(",\"checklist\":[")
      for (i, line) in result.checklist.enumerated() {
        if i > 0 { w.byte(UInt8(ascii: ",")) }
        w.raw("{\"id\":")
        w.string(line.item.id)
        w.raw(",\"text\":")
        w.string(line.item.text)
        w.raw(",\"level\":")
        w.string(line.item.level.rawValue)
        w.raw(",\"authority\":")
        w.string(line.item.authority.rawValue)
        w.raw(",\"codes\":")
        w.strings(line.codes)
        w.raw(",\"answer\":")
        w.string(line.answer.rawValue)
        w.raw(",\"consequence\":")
        w.string(line.item.consequence.message)
        w.byte(UInt8(ascii: "}"))
      }
      w.raw("]}")
      print(String(decoding: w.bytes, as: UTF8.self))
    } else {
      Console.out("\(result.release) (date of service \(serviceDate)): \(result.codes.joined(separator: " "))")
      if result.findings.isEmpty { Console.out("No findings.") }
      for f in result.findings {
        Console.out(f.headline)
        for line in f.explanationLines { Console.out("    \(line)") }
      }
      if !result.checklist.isEmpty {
        Console.out("Documentation checklist:")
        for line in result.checklist {
          let mark = line.answer == .yes ? "[x]" : line.answer == .no ? "[ ]" : "[?]"
          Console.out(
            "  \(mark) \(line.item.id) (\(line.item.level.rawValue), \(line.item.authority.rawValue)): \(line.item.text)"
          )
        }
      }
    }
    if result.hasErrors { throw ExitCode(1) }
  }
}
