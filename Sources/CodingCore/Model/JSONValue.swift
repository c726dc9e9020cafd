/// A JSON document read without `JSONDecoder`, for the small files every command reads at start-up
/// (the release manifest, a store's metadata): `JSONDecoder`'s first use costs a command about as
/// much as the rest of `m54 show`, in type lookups.
///
/// Strict RFC 8259: one value, no trailing commas or comments, strings in UTF-8 with every escape
/// (surrogate pairs joined), nesting at most 64 deep.
public enum JSONValue: Equatable, Sendable {
  case object([(key: String, value: JSONValue)])
  case array([JSONValue])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null

  /// Why a document could not be read: the problem and its byte offset.
  public struct SyntaxError: Error, Equatable, CustomStringConvertible {
    public var offset: Int
    public var problem: String
    public var description: String { "\(problem) at byte \(offset)" }
  }

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.object(let x), .object(let y)):
      x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.array(let x), .array(let y)): x == y
    case (.string(let x), .string(let y)): x == y
    case (.number(let x), .number(let y)): x == y
    case (.bool(let x), .bool(let y)): x == y
    case (.null, .null): true
    default: false
    }
  }

  /// Reads a whole document.
  public static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
    var reader = JSONReader(Array(bytes))
    let value = try reader.document()
    return value
  }

  /// The value of a key of an object (the first, if repeated); nil for a missing key or a non-object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The text of a string value.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The elements of an array value.
  public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// What the value is, for messages: `a string`, `an object`...
  public var kindName: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    }
  }
}
