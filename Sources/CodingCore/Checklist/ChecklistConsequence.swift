/// What happens to the coding when a checklist item is not documented.
public struct ChecklistConsequence: Sendable, Hashable, Codable {
  /// `warn`, `query_provider`, `block`, `suggest_replace`, `downgrade`, `default`, `omit_code`,
  /// `default_sequence`, `flag_followup` or `none`.
  public var action: String
  /// The consequence for people (M54.51 without imaging → M54.50).
  public var message: String
  /// Codes to use instead (downgrade, default, replacement), if any.
  public var suggestedCodes: [String]

  /// Creates a consequence.
  public init(action: String, message: String, suggestedCodes: [String] = []) {
    self.action = action
    self.message = message
    self.suggestedCodes = suggestedCodes
  }

  enum CodingKeys: String, CodingKey {
    case action, message
    case suggestedCodes = "suggested_codes"
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    action = try c.decode(String.self, forKey: .action)
    message = try c.decode(String.self, forKey: .message)
    suggestedCodes = try c.decodeIfPresent([String].self, forKey: .suggestedCodes) ?? []
  }
}
