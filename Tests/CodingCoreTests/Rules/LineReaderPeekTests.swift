import Foundation
import Testing

@testable import CodingCore

/// Telling JSON Lines from CSV reads ahead without losing a byte, also on a pipe (`/dev/stdin`).
@Suite struct LineReaderPeekTests {
  @Test func peekingAPipeKeepsEveryLine() throws {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let text = "\u{FEFF}  \n{\"encounter_id\":\"E1\"}\n{\"encounter_id\":\"E2\"}\n"
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) } == bytes.count)
    close(fds[1])
    let reader = LineReader(descriptor: fds[0], chunkSize: 8)
    #expect(reader.firstSignificantByte() == UInt8(ascii: "{"))
    var lines: [String] = []
    reader.forEachLine { line, _ in lines.append(String(decoding: line, as: UTF8.self)) }
    close(fds[0])
    #expect(lines == ["\u{FEFF}  ", "{\"encounter_id\":\"E1\"}", "{\"encounter_id\":\"E2\"}"])
  }

  @Test func blankInputHasNoSignificantByte() {
    #expect(LineReader(bytes: Array(" \n\t\r\n".utf8)).firstSignificantByte() == nil)
    #expect(LineReader(bytes: Array("encounter_id,date".utf8)).firstSignificantByte() == UInt8(ascii: "e"))
  }
}
