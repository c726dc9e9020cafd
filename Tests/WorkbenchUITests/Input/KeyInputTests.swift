import Testing
import WorkbenchUI

@Suite struct KeyInputTests {
  @Test(arguments: [
    "j", "G", "?", "<Enter>", "<S-Tab>", "<C-s>", "<M-x>", "<F5>", "<Space>", "<lt>", "<PgDn>", "<BS>", "<Hash>",
  ])
  func notationRoundTrips(text: String) throws {
    let key = try #require(KeyNotation.parse(text))
    #expect(KeyNotation.parse(KeyNotation.notation(of: key)) == key)
  }

  @Test func unknownNotationIsRejected() {
    #expect(KeyNotation.parse("<Nope>") == nil)
    #expect(KeyNotation.parse("jj") == nil)
    #expect(KeyNotation.parse("<C-1>") == nil)
  }

  @Test func decoderMapsRawCursesValues() {
    let d = KeyDecoder(codes: .ncurses)
    #expect(d.decode(.functionKey(0o402)) == .key(.down))
    #expect(d.decode(.functionKey(0o523)) == .key(.pageUp))
    #expect(d.decode(.functionKey(0o541)) == .key(.backTab))
    #expect(d.decode(.functionKey(0o410 + 1)) == .key(.function(1)))
    #expect(d.decode(.functionKey(0o632)) == .resize)
    #expect(d.decode(.functionKey(0o631)) == .mouse)
    #expect(d.decode(.functionKey(9999)) == .ignored)
    #expect(d.decode(.character(0x0D)) == .key(.enter))
    #expect(d.decode(.character(0x09)) == .key(.tab))
    #expect(d.decode(.character(0x7F)) == .key(.backspace))
    #expect(d.decode(.character(0x03)) == .key(.ctrl("c")))
    #expect(d.decode(.character(0x6A)) == .key(.character("j")))
    #expect(d.decode(.character(0xE9)) == .key(.character("é")))
    #expect(d.decode(.character(0x8171)) == .key(.character("腱")))
  }

  @Test func escapeFollowedByAKeyIsAlt() {
    let d = KeyDecoder()
    #expect(d.decodeEscape(followedBy: nil) == .key(.escape))
    #expect(d.decodeEscape(followedBy: .character(0x78)) == .key(.alt("x")))
    #expect(d.decodeEscape(followedBy: .functionKey(0o403)) == .key(.up))
  }
}
