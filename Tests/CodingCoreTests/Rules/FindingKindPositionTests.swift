import Testing

@testable import CodingCore

/// The positions the finding store and the audit summary count kinds by.
@Suite struct FindingKindPositionTests {
  @Test func positionsFollowAllCases() {
    #expect(FindingKind.allCases.map { Int($0.position) } == Array(FindingKind.allCases.indices))
  }
}
