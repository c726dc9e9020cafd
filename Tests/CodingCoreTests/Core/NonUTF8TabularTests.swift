import Foundation
import Testing

@testable import CodingCore

/// Found by fuzzing: FoundationXML crashed on an element name that is not UTF-8.
@Suite struct NonUTF8TabularTests {
  @Test func aTabularFileThatIsNotUTF8IsRefusedWithItsLine() throws {
    let bytes =
      Array("<?xml version=\"1.0\"?>\n<ICD10CM.tabular>\n<introSect".utf8) + [0xFF]
      + Array("on/>\n</ICD10CM.tabular>".utf8)
    do {
      _ = try TabularParser.parse(Data(bytes), fileName: "bad.xml")
      Issue.record("a file that is not UTF-8 was parsed")
    } catch let error as ImportError {
      #expect(error.line == 3)
      #expect(error.problem == "not valid UTF-8; refused")
    }
  }
}
