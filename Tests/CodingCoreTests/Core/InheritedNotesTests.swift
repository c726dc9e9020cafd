import CodingCore
import Testing

/// Notes apply to a code from every level above it, each labelled with its source.
@Suite struct InheritedNotesTests {
  @Test func m5450CarriesEightExcludes1NotesFromThreeLevels() {
    let release = TestData.fy2026
    let notes = release.applicableNotes(TestData.node("M54.50", in: release)).filter { $0.note.kind == .excludes1 }
    #expect(notes.count == 8)
    let bySource = Dictionary(grouping: notes) { "\($0.level.levelName) \($0.carrierCode)" }.mapValues(\.count)
    #expect(bySource == ["subcategory M54.5": 5, "category M54": 1, "section M50-M54": 2])
    #expect(notes.contains { $0.note.text == "lumbago with sciatica (M54.4-)" && $0.carrierCode == "M54.5" })
    #expect(notes.contains { $0.note.text == "psychogenic dorsalgia (F45.41)" && $0.level == .category })
    #expect(
      notes.contains {
        $0.note.text == "current injury - see injury of spine by body region" && $0.note.references.isEmpty
      })
  }

  @Test func fy2021M545HasSixExcludes1() {
    let release = TestData.fy2021
    let notes = release.applicableNotes(TestData.node("M54.5", in: release)).filter { $0.note.kind == .excludes1 }
    #expect(notes.count == 6)
  }

  @Test func chapterNotesReachEveryCode() {
    let release = TestData.fy2026
    let notes = release.applicableNotes(TestData.node("M54.50", in: release))
    #expect(notes.filter { $0.note.kind == .excludes2 && $0.level == .chapter }.count == 10)
    #expect(
      notes.contains {
        $0.note.kind == .notes && $0.carrierCode == "13" && $0.note.text.hasPrefix("Use an external cause code")
      })
  }

  @Test func sectionNoteResolvesToTheRadiculopathySubtree() {
    let release = TestData.fy2026
    let g5701 = TestData.node("G57.01", in: release)
    let section = release.applicableNotes(g5701).first {
      $0.carrierCode == "G50-G59" && $0.note.text == "radiculitis NOS (M54.1-)"
    }
    let reference = section?.note.references.first
    #expect(reference?.covers(TestData.node("M54.16", in: release), key: "M5416") == true)
    #expect(reference?.covers(TestData.node("M54.2", in: release), key: "M542") == false)
  }
}
