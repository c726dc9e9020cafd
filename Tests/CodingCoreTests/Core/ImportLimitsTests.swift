import Foundation
import Testing

@testable import CodingCore

/// Importing never expands or parses without bound.
@Suite struct ImportLimitsTests {
  static func gzip(_ bytes: [UInt8]) throws -> Data {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("m54-gz-\(UUID().uuidString)").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { unlink(path) }
    let pipe = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-c", path]
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }

  @Test func anExpansionBeyondTheLimitIsRefused() throws {
    let bomb = try Self.gzip([UInt8](repeating: 0x20, count: 8 << 20))
    #expect(bomb.count < 64 << 10)
    do {
      _ = try GzipReader.inflate(bomb, fileName: "bomb.xml.gz", limit: 4 << 20)
      Issue.record("the expansion was not limited")
    } catch let error as ImportError {
      #expect(error.problem == "the gzip data expands to more than 4 MiB (a release is about 10 MiB); refused")
    }
    #expect(try GzipReader.inflate(bomb, fileName: "bomb.xml.gz", limit: 8 << 20).count == 8 << 20)
  }

  @Test func deeplyNestedXMLIsRefused() throws {
    let xml =
      "<ICD10CM.tabular>" + String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
      + "</ICD10CM.tabular>"
    do {
      _ = try TabularParser.parse(Data(xml.utf8), fileName: "deep.xml")
      Issue.record("deep nesting was parsed")
    } catch let error as ImportError {
      #expect(error.problem == "elements nested more than 64 levels deep; refused")
    }
  }

  @Test func tooManyElementsAreRefused() throws {
    let xml = "<ICD10CM.tabular>" + String(repeating: "<a/>", count: 4_000_001) + "</ICD10CM.tabular>"
    do {
      _ = try TabularParser.parse(Data(xml.utf8), fileName: "wide.xml")
      Issue.record("four million elements were parsed")
    } catch let error as ImportError {
      #expect(error.problem == "more than 4000000 elements (a release has about 190,000); refused")
    }
  }
}

/// Found by fuzzing: FoundationXML crashed on a processing instruction after the start.
@Suite struct ProcessingInstructionTests {
  @Test func aSecondXMLDeclarationIsRefusedWithItsLine() throws {
    let xml =
      "<?xml version=\"1.0\"?>\n<ICD10CM.tabular>\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n</ICD10CM.tabular>"
    do {
      _ = try TabularParser.parse(Data(xml.utf8), fileName: "twice.xml")
      Issue.record("a second XML declaration was parsed")
    } catch let error as ImportError {
      #expect(error.line == 3)
      #expect(error.problem == "a processing instruction (<?...?>) after the start; refused")
    }
    let plain = "\u{FEFF}  <?xml version=\"1.0\"?><ICD10CM.tabular><version>2026</version></ICD10CM.tabular>"
    #expect(TabularParser.processingInstructionLine(Data(plain.utf8)) == nil)
  }
}
