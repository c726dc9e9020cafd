/// Release information read from a ``JSONValue`` (the manifest, a store's metadata) without
/// `JSONDecoder`, with the same fields and the same refusals as its `Decodable` conformance.
extension ReleaseInfo {
  /// A field that is missing or of the wrong kind: its path (`0.tabular`) and what is wrong.
  public struct FieldError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var problem: String
    public var description: String { path.isEmpty ? problem : "\(path): \(problem)" }
  }

  /// Reads an object `{"id", "effectiveFrom", "effectiveThrough", "tabular", "codeList"?, "index"?}`.
  ///
  /// - Parameter path: where the object is, for messages (`0` for the manifest's first release).
  public init(json: JSONValue, path: String) throws(FieldError) {
    func at(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    guard case .object = json else {
      throw FieldError(path: path, problem: "expected an object, found \(json.kindName)")
    }
    func text(_ key: String) throws(FieldError) -> String {
      guard let v = json[key] else { throw FieldError(path: at(key), problem: "missing") }
      guard let s = v.stringValue else {
        throw FieldError(path: at(key), problem: "expected a string, found \(v.kindName)")
      }
      return s
    }
    func optionalText(_ key: String) throws(FieldError) -> String? {
      guard let v = json[key], v != .null else { return nil }
      guard let s = v.stringValue else {
        throw FieldError(path: at(key), problem: "expected a string, found \(v.kindName)")
      }
      return s
    }
    func date(_ key: String) throws(FieldError) -> ServiceDate {
      let s = try text(key)
      guard let d = ServiceDate(iso: s) else { throw FieldError(path: at(key), problem: "not a YYYY-MM-DD date: \(s)") }
      return d
    }
    self.init(
      id: try text("id"), effectiveFrom: try date("effectiveFrom"), effectiveThrough: try date("effectiveThrough"),
      tabular: try text("tabular"), codeList: try optionalText("codeList"), index: try optionalText("index"))
  }

  /// Reads a manifest: an array of release objects.
  public static func manifest(_ bytes: [UInt8]) throws -> [ReleaseInfo] {
    let document: JSONValue
    do { document = try JSONValue.parse(bytes) } catch { throw FieldError(path: "", problem: error.description) }
    guard let list = document.arrayValue else {
      throw FieldError(path: "", problem: "expected an array of releases, found \(document.kindName)")
    }
    var infos: [ReleaseInfo] = []
    for (n, item) in list.enumerated() { infos.append(try ReleaseInfo(json: item, path: String(n))) }
    return infos
  }
}
