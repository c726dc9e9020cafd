import Foundation
import Testing

@testable import CodingCore

/// The start-up JSON reader: what it accepts, what it refuses, and that it reads what JSONEncoder
/// writes for the release manifest and a store's metadata.
@Suite struct JSONValueTests {
  func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Array(text.utf8)) }

  @Test func valuesOfEveryKind() throws {
    let v = try parse(#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d\"\\\/\n\u00e9\ud83d\ude00"}} "#)
    #expect(v["a"] == .array([.number(1), .number(-2500), .bool(true), .bool(false), .null]))
    #expect(v["b"]?["c"] == .string("d\"\\/\né😀"))
    #expect(try parse("\u{FEFF}[]") == .array([]))
    #expect(try parse("\"plain ünïcode\"") == .string("plain ünïcode"))
  }

  @Test(arguments: [
    "", "{", "[1,]", "{\"a\":1,}", "{'a':1}", "[01]", "[1.]", "[-]", "\"abc", "\"a\u{01}b\"", "\"\\x\"",
    "\"\\ud800\"", "[1] [2]", "nul", "{\"a\" 1}", "[\"\\u12\"]",
  ])
  func malformedDocumentsAreRefused(_ text: String) {
    #expect(throws: JSONValue.SyntaxError.self) { try parse(text) }
  }

  @Test func nestingIsBounded() throws {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONValue.SyntaxError.self) { try parse(deep) }
    let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(try parse(fine).arrayValue?.count == 1)
  }

  @Test func invalidUTF8InAStringIsRefused() {
    #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse([0x22, 0xFF, 0xFE, 0x22]) }
  }

  @Test func readsWhatJSONEncoderWritesForReleasesAndStoreMetadata() throws {
    let info = ReleaseInfo(
      id: "FY2026-April", effectiveFrom: ServiceDate(iso: "2026-04-01")!,
      effectiveThrough: ServiceDate(iso: "2026-09-30")!,
      tabular: "dir/icd10cm-tabular-2026-april.xml.gz", codeList: nil, index: "index \"2025\".csv.gz")
    let manifest = try JSONEncoder().encode([info, info])
    #expect(try ReleaseInfo.manifest(Array(manifest)) == [info, info])
    let metadata = StoreMetadata(info: info, version: "2026", missingFromTree: ["M54.5"], extraInTree: [])
    let decoded = try StoreMetadata.decode(Array(try JSONEncoder().encode(metadata)), source: "test")
    #expect(decoded.info == info && decoded.version == "2026" && decoded.missingFromTree == ["M54.5"])
  }

  @Test func aManifestFieldOfTheWrongKindIsNamed() {
    #expect(throws: ReleaseInfo.FieldError(path: "0.id", problem: "expected a string, found a number")) {
      try ReleaseInfo.manifest(Array(#"[{"id": 3}]"#.utf8))
    }
    #expect(throws: ReleaseInfo.FieldError(path: "1.tabular", problem: "missing")) {
      try ReleaseInfo.manifest(
        Array(
          #"[{"id":"A","effectiveFrom":"2020-10-01","effectiveThrough":"2021-09-30","tabular":"t.xml"},{"id":"B","effectiveFrom":"2020-10-01","effectiveThrough":"2021-09-30"}]"#
            .utf8))
    }
    #expect(throws: ReleaseInfo.FieldError(path: "0.effectiveFrom", problem: "not a YYYY-MM-DD date: 2020-13-01")) {
      try ReleaseInfo.manifest(
        Array(#"[{"id":"A","effectiveFrom":"2020-13-01","effectiveThrough":"2021-09-30","tabular":"t.xml"}]"#.utf8))
    }
  }
}
