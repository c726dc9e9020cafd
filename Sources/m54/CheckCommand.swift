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

  @Option(help: ArgumentHelp("Date of service; selects the release. Default: today.", valueName: "YYYY-MM-DD"))
  var date: ServiceDateArgument?

  @Option(help: ArgumentHelp("Mark an Excludes1 pair unrelated (repeatable).", valueName: "A,B:REASON"))
  var unrelated: [UnrelatedArgument] = []

  @Option(help: "A checklist item documented in the record (repeatable).")
  var documented: [String] = []

  @Option(name: .customLong("not-documented"), help: "A checklist item known to be missing (repeatable).")
  var notDocumented: [String] = []

  @Option(help: "Whether pain management is the focus of the visit.")
  var painFocus: PainFocusChoice?

  @OptionGroup var rules: RuleSelectionOptions

  @Flag(help: "Report required checklist items not yet answered.")
  var unanswered = false

  @OptionGroup var output: JSONOption

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
    // The stores are verified on other threads while the engine reads its JSON data here.
    let verifying = DispatchGroup()
    if verifyingAll {
      DispatchQueue.global(qos: .userInitiated).async(group: verifying) { StoreDamageRecovery.verifyAll(codeSet) }
    }
    defer { verifying.wait() }
    do {
      return try RulesEngine.load(codeSet: codeSet)
    } catch {
      Console.error("m54: \(error)")
      throw ExitCode(2)
    }
  }

  func run() throws {
    let serviceDate = date?.date ?? ServiceDate.today()
    var states: [String: DocumentationAnswer] = [:]
    for id in documented { states[id.uppercased()] = .yes }
    for id in notDocumented { states[id.uppercased()] = .no }
    let engine = try Self.loadEngine()
    for id in states.keys where !engine.knowsChecklistItem(id) {
      Console.error("m54: unknown checklist item \"\(id)\"")
      throw ExitCode(2)
    }
    let encounter = Encounter(
      date: serviceDate, codes: codes, unrelated: unrelated.map(\.override), documentation: states,
      painManagementFocus: painFocus?.isFocus,
      options: RuleOptions(
        sourceArticleRules: !rules.noSourceArticleRules, reportExcludes2: !rules.noExcludes2,
        reportUnansweredItems: unanswered))
    let result = engine.check(encounter)
    if output.json {
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
        if let origin = line.item.origin {
          w.raw(",\"source\":")
          w.string(origin.summary)
          w.raw(",\"quote\":")
          w.string(line.item.citations.first?.quote ?? "")
        }
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
          if let origin = line.item.origin { print("        from \(origin.summary)") }
        }
      }
    }
    if result.hasErrors { throw ExitCode(1) }
  }
}
