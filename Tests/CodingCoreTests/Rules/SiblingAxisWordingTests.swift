import CodingCore
import Testing

/// The sibling axis where titles repeat words, name two axes, or only lack the siblings' words.
@Suite struct SiblingAxisWordingTests {
  let release = TestData.fy2026

  func axis(_ code: String) -> String? {
    release.derivedChecklist(for: TestData.node(code, in: release)).first?.text
  }

  @Test func repeatedWithoutOpensTheDifferingClause() {
    // G43.009 "Migraine without aura, not intractable, without status migrainosus"; G43.001 "… with status migrainosus".
    #expect(axis("G43.009") == "documented without status migrainosus (sibling: with status migrainosus)")
  }

  @Test func levelsKeepTheirCapitals() {
    // S14.103 "Unspecified injury at C3 level of cervical spinal cord"; siblings C1…C8 and unspecified level.
    #expect(axis("S14.103A") == "level documented as C3 (siblings: C1, C2, C4, C5, C6, C7, C8, unspecified)")
  }

  @Test func aSideAndAnotherAxis() {
    // S52.611 "Displaced fracture of right ulna styloid process"; siblings left/unspecified, nondisplaced.
    #expect(axis("S52.611A") == "side documented as right; other title words that differ from the siblings: displaced")
  }

  @Test func aTitleTheSiblingsOnlyAddTo() {
    // J01.90 "Acute sinusitis, unspecified"; J01.91 "Acute recurrent sinusitis, unspecified".
    #expect(axis("J01.90") == "documented without what the siblings add (sibling: recurrent)")
  }

  @Test func ofIsAVehicleOutsideTheBodyChaptersAndNotPartOfASite() {
    #expect(
      axis("V86.56XA")?.hasPrefix("type documented as dirt bike or motor/cross bike (siblings: ambulance") == true)
    // D48.11 "Desmoid tumor of head and neck" … "Desmoid tumor of other site"; intrathoracic has no "of".
    #expect(axis("D48.118")?.hasPrefix("a type documented that no sibling names") == false)
    #expect(axis("D48.118")?.hasPrefix("site documented as other site (siblings: head and neck, chest wall,") == true)
  }
}
