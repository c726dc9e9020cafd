import ReviewStore
import Testing

@Suite struct SHA256Tests {
  @Test func nistExampleVectors() {
    #expect(SHA256.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(SHA256.hash(Array("abc".utf8)))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hex(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func piecesGiveTheSameDigestAsOneCall() {
    var hasher = SHA256()
    let text = Array(String(repeating: "a", count: 1000).utf8)
    for start in stride(from: 0, to: text.count, by: 37) {
      hasher.update(Array(text[start..<min(start + 37, text.count)]))
    }
    #expect(SHA256.hex(hasher.finish()) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }
}
