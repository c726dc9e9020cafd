/// The byte-level reader behind ``JSONValue/parse(_:)``.
struct JSONReader {
  private let bytes: [UInt8]
  private var i = 0
  private var depth = 0
  /// Deeper nesting is refused (hostile input never exhausts the stack).
  static let maxDepth = 64

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// One value and nothing after it but white space.
  mutating func document() throws(JSONValue.SyntaxError) -> JSONValue {
    // A byte order mark is tolerated, as editors write one.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    let v = try value()
    skipSpace()
    guard i == bytes.count else { throw fail("unexpected text after the value") }
    return v
  }

  private func fail(_ problem: String) -> JSONValue.SyntaxError { JSONValue.SyntaxError(offset: i, problem: problem) }

  private mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
  }

  private mutating func value() throws(JSONValue.SyntaxError) -> JSONValue {
    skipSpace()
    guard i < bytes.count else { throw fail("unexpected end of the document") }
    switch bytes[i] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw fail("unexpected character")
    }
  }

  private mutating func literal(_ word: StaticString, _ v: JSONValue) throws(JSONValue.SyntaxError) -> JSONValue {
    let n = word.utf8CodeUnitCount
    guard i + n <= bytes.count else { throw fail("unexpected end of the document") }
    for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw fail("unexpected character") }
    i += n
    return v
  }

  private mutating func enter() throws(JSONValue.SyntaxError) {
    depth += 1
    guard depth <= Self.maxDepth else { throw fail("nested more than \(Self.maxDepth) deep") }
    i += 1
  }

  private mutating func object() throws(JSONValue.SyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    var members: [(key: String, value: JSONValue)] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a member name") }
      let key = try string()
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
      i += 1
      members.append((key, try value()))
      skipSpace()
      guard i < bytes.count else { throw fail("unexpected end of the document") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard bytes[i] == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
      i += 1
      return .object(members)
    }
  }

  private mutating func array() throws(JSONValue.SyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    var elements: [JSONValue] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      return .array(elements)
    }
    while true {
      elements.append(try value())
      skipSpace()
      guard i < bytes.count else { throw fail("unexpected end of the document") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard bytes[i] == UInt8(ascii: "]") else { throw fail("expected ',' or ']'") }
      i += 1
      return .array(elements)
    }
  }

  private mutating func number() throws(JSONValue.SyntaxError) -> JSONValue {
    let start = i
    func digits() -> Int {
      let s = i
      while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
      return i - s
    }
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    let integer = i
    guard digits() > 0 else { throw fail("expected a digit") }
    if bytes[integer] == UInt8(ascii: "0"), i - integer > 1 { throw fail("a number with a leading zero") }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard digits() > 0 else { throw fail("expected a digit") }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard digits() > 0 else { throw fail("expected a digit") }
    }
    let text = String(decoding: bytes[start..<i], as: UTF8.self)
    guard let n = Double(text) else { throw fail("a number out of range") }
    return .number(n)
  }

  private mutating func hex4() throws(JSONValue.SyntaxError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw fail("unexpected end of the document") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let d: UInt8
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
      default: throw fail("a bad \\u escape")
      }
      v = v << 4 | UInt32(d)
      i += 1
    }
    return v
  }

  private mutating func string() throws(JSONValue.SyntaxError) -> String {
    i += 1
    var out: [UInt8] = []
    var start = i
    while true {
      guard i < bytes.count else { throw fail("a string without its closing quote") }
      let b = bytes[i]
      if b == UInt8(ascii: "\"") { break }
      if b < 0x20 { throw fail("a control character in a string") }
      guard b == UInt8(ascii: "\\") else {
        i += 1
        continue
      }
      out.append(contentsOf: bytes[start..<i])
      i += 1
      guard i < bytes.count else { throw fail("a string without its closing quote") }
      let e = bytes[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar), i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"),
          bytes[i + 1] == UInt8(ascii: "u")
        {
          i += 2
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else { throw fail("a lone surrogate") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let s = Unicode.Scalar(scalar) else { throw fail("a lone surrogate") }
        out.append(contentsOf: String(Character(s)).utf8)
      default: throw fail("an unknown escape")
      }
      start = i
    }
    out.append(contentsOf: bytes[start..<i])
    i += 1
    guard let text = String(validating: out, as: UTF8.self) else { throw fail("a string that is not UTF-8") }
    return text
  }
}
