import ArgumentParser
import CodingCore
import Foundation

/// Shared pieces of the trainer commands (`explain`, `matrix`, `lesson`, `quiz`).
enum TrainerSupport {
  /// Exits 1 with a "not a code" message (and nearby codes) when a code is unknown on the date.
  static func requireCodes(_ codes: [String], date: ServiceDate, engine: RulesEngine) throws {
    let release = engine.codeSet.select(for: date).release
    for code in engine.unknownCodes(codes, date: date) { _ = try CodeSetLoader.node(code, in: release) }
  }

  /// Removes control characters before text reaches a terminal.
  static func printable(_ text: String) -> String {
    String(
      String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.generalCategory.isControl || $0 == "\t" }))
  }
}

extension Unicode.GeneralCategory {
  /// Whether the category is a control character.
  var isControl: Bool { self == .control }
}
