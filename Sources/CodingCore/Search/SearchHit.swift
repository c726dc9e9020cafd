/// One search result: a code and the text of it that matched.
public struct SearchHit: Sendable, Hashable, Codable {
  /// What matched: the code itself, its title, one of its inclusion terms, or a note pointing at it.
  public enum Field: String, Sendable, Codable {
    case code, title, inclusionTerm
    /// A note elsewhere that points at the code ("pain in neck (M54.2)" under R07.0).
    case crossReference
    /// An entry of the Alphabetic Index ("Pain, low back M54.50").
    case index
  }

  public var node: NodeID
  public var code: String
  public var title: String
  public var billable: Bool
  public var field: Field
  /// The matching text (the title, or the inclusion term such as "Lumbago NOS").
  public var matched: String

  enum CodingKeys: String, CodingKey { case code, title, billable, field, matched }

  public init(node: NodeID, code: String, title: String, billable: Bool, field: Field, matched: String) {
    self.node = node
    self.code = code
    self.title = title
    self.billable = billable
    self.field = field
    self.matched = matched
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    node = NodeID(-1)
    code = try c.decode(String.self, forKey: .code)
    title = try c.decode(String.self, forKey: .title)
    billable = try c.decode(Bool.self, forKey: .billable)
    field = try c.decode(Field.self, forKey: .field)
    matched = try c.decode(String.self, forKey: .matched)
  }
}
