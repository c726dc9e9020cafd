import CodingCore
import Testing

@testable import ReviewStore

/// The packed batch gives back exactly the encounters it was given, and finds each by its id.
@Suite struct BatchEntriesTests {
  static func date(_ day: Int) -> ServiceDate {
    ServiceDate(year: 2026, month: 1 + day % 12, day: 1 + day % 28) ?? ServiceDate.today()
  }

  /// Ids and codes of every length class of the varint (0, 1, 127, 128, 300 and 20,000 bytes),
  /// non-ASCII text, empty codes lists, repeated and missing coders.
  static func sample() -> [BatchEntry] {
    let lengths = [0, 1, 5, 127, 128, 300, 20_000]
    var entries: [BatchEntry] = []
    for i in 0..<600 {
      let id = i % 97 == 5 ? "É-\(i)-" + String(repeating: "x", count: lengths[i % lengths.count]) : "E\(i)"
      let codes = (0..<(i % 5)).map { k in
        k == 3 ? String(repeating: "Z", count: lengths[i % lengths.count]) : "M54.\(k)\(i % 10)"
      }
      var encounter = Encounter(id: id, date: date(i), codes: codes)
      if i % 50 == 7 { encounter.documentation = ["CHRONIC-PAIN": .yes] }
      if i % 70 == 9 { encounter.painManagementFocus = true }
      let coder: String? = i % 3 == 0 ? nil : "coder-\(i % 4)"
      entries.append(BatchEntry(line: i * 2 + 2, id: id, encounter: encounter, coder: coder))
    }
    return entries
  }

  @Test func everyEntryComesBackAsItWasGiven() {
    let given = Self.sample()
    var packed = BatchEntries()
    for e in given { packed.append(line: e.line, id: e.id, encounter: e.encounter, coder: e.coder) }
    #expect(packed.count == given.count)
    #expect(Array(packed) == given)
    for (i, e) in given.enumerated() {
      #expect(packed.id(at: i) == e.id)
      #expect(packed.codes(at: i) == e.codes)
      #expect(packed.line(at: i) == e.line)
      #expect(packed.date(at: i) == e.encounter.date)
      #expect(packed.coder(at: i) == e.coder)
      #expect(packed.encounter(at: i) == e.encounter)
    }
    #expect(packed.hasCoder)
  }

  @Test func eachIdIsFoundAndNoOtherIs() {
    let given = Self.sample()
    var packed = BatchEntries()
    // No room made up front: the index grows (and rehashes) as entries come.
    for e in given { packed.append(line: e.line, id: e.id, encounter: e.encounter, coder: e.coder) }
    for (i, e) in given.enumerated() { #expect(packed.position(ofID: e.id) == i) }
    for missing in ["", "E600", "E1 ", "e1", "É-5-"] { #expect(packed.position(ofID: missing) == nil) }
    #expect(BatchEntries().position(ofID: "E1") == nil)
  }

  @Test func aBatchWithoutCodersSaysSo() {
    var packed = BatchEntries()
    packed.append(line: 2, id: "E1", encounter: Encounter(date: Self.date(1), codes: ["M54.50"]), coder: nil)
    #expect(!packed.hasCoder)
    #expect(packed[0].encounter.id == "E1")
  }
}
