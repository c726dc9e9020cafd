import Testing

@testable import CodingCore

/// A CSV field of the audit's output: quoted when it holds a comma, a quote or a line break, quotes
/// doubled, control characters made visible and spreadsheet formulas neutralised, whether it is
/// printable ASCII (written from its bytes) or not.
@Suite struct CSVFieldTests {
  static func field(_ text: String) -> String {
    var w = JSONWriter()
    AuditRecordWriter.field(text, to: &w)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  @Test func plainTextIsWrittenAsItIs() {
    #expect(Self.field("M54.50") == "M54.50")
    #expect(Self.field("") == "")
  }

  @Test func commasAndQuotesAreQuoted() {
    #expect(Self.field("use M54.50, M54.51 or M54.59") == "\"use M54.50, M54.51 or M54.59\"")
    #expect(Self.field("Excludes1 at M54.5 \"x\"") == "\"Excludes1 at M54.5 \"\"x\"\"\"")
    #expect(Self.field("\"") == "\"\"\"\"")
  }

  @Test func formulasArePrefixed() {
    #expect(Self.field("=1+2") == "'=1+2")
    #expect(Self.field("-1,2") == "\"'-1,2\"")
    #expect(Self.field("@SUM(A1)") == "'@SUM(A1)")
    #expect(Self.field("\tx") == "'\\tx")
  }

  @Test func controlsAndNonASCIIGoThroughSafeText() {
    #expect(Self.field("a\u{1B}[31m,b") == "\"a\\x1b[31m,b\"")
    #expect(Self.field("… (11 codes), \"x\"") == "\"… (11 codes), \"\"x\"\"\"")
    #expect(Self.field("line\nbreak") == "line\\nbreak")
    #expect(Self.field("é") == "é")
  }
}
