import Foundation

/// The parser entry points the libFuzzer targets in `Fuzz/` drive, and the regression tests replay
/// (`Fuzz/Regressions/<target>/`): each takes arbitrary bytes and must return without crashing,
/// hanging or reading outside its input.
public enum FuzzEntry {
  /// The rules engine the audit and code targets use; when not set, the shipped releases are
  /// loaded once through the standard locations (`M54_DATA_DIR`, `M54_CACHE_DIR`).
  nonisolated(unsafe) public static var engine: RulesEngine? = nil
  nonisolated(unsafe) private static var loadFailed = false

  private static var loadedEngine: RulesEngine? {
    if engine == nil, !loadFailed {
      engine = (try? CodeSet.load()).flatMap { try? RulesEngine.load(codeSet: $0) }
      loadFailed = engine == nil
    }
    return engine
  }

  /// The targets by name, as `Fuzz/run TARGET SECONDS` names them.
  public static let targets: [String: @Sendable (UnsafeBufferPointer<UInt8>) -> Void] = [
    "audit-csv-line": auditCSVLine, "audit-jsonl-line": auditJSONLLine, "code-normaliser": codeNormaliser,
    "note-references": noteReferences, "tabular-xml": tabularXML, "store": store, "release-manifest": releaseManifest,
  ]

  /// One audit line (CSV), after a valid header, through the whole audit in every output format.
  public static func auditCSVLine(_ data: UnsafeBufferPointer<UInt8>) {
    audit(Array("encounter_id,date_of_service,codes,documented,unrelated\n".utf8) + Array(data), input: .csv)
  }

  /// One audit line (JSON Lines), through the whole audit in every output format.
  public static func auditJSONLLine(_ data: UnsafeBufferPointer<UInt8>) {
    audit(Array(data), input: .jsonl)
  }

  /// One engine per output format besides ``engine`` (which serves JSON Lines): an engine switched
  /// between the lean JSON path and full findings drops its caches, which made each input cost a
  /// clearing of every table instead of a check.
  nonisolated(unsafe) private static var fullEngines: [RulesEngine]? = nil

  private static func audit(_ bytes: [UInt8], input: AuditRunner.InputFormat) {
    guard let engine = loadedEngine else { return }
    if fullEngines == nil {
      fullEngines = [AuditOutputFormat.csv, .text].compactMap { _ in try? RulesEngine.load(codeSet: engine.codeSet) }
    }
    let engines = [engine] + (fullEngines ?? [])
    for (format, engine) in zip([AuditOutputFormat.jsonl, .csv, .text], engines) {
      let reader = LineReader(bytes: bytes)
      reader.maxLineBytes = 1 << 16
      _ = try? AuditRunner(engine: engine, format: format).run(
        reader, input: input, write: { _ in }, diagnostic: { _ in })
    }
  }

  /// What a user types as a code: normalised, looked up, completed, suggested, searched.
  public static func codeNormaliser(_ data: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: data, as: UTF8.self)
    let key = CodeNormalizer.key(text)
    _ = CodeNormalizer.dotted(key)
    _ = CodeNormalizer.looksLikeCode(text)
    _ = SafeText.echo(text)
    _ = SafeText.csvField(text)
    guard let release = loadedEngine?.codeSet.latest else { return }
    _ = release.lookup(text)
    _ = release.suggestions(for: text)
    _ = release.codes(withPrefix: text, limit: 20)
    _ = release.search(text, limit: 5)
  }

  /// A release manifest (`releases.json`), and the same bytes as a store's metadata: the start-up
  /// JSON reader and the fields read from it.
  public static func releaseManifest(_ data: UnsafeBufferPointer<UInt8>) {
    let bytes = Array(data)
    _ = try? ReleaseInfo.manifest(bytes)
    _ = try? StoreMetadata.decode(bytes, source: "fuzz")
  }

  /// Note text, as the reference parser reads it.
  public static func noteReferences(_ data: UnsafeBufferPointer<UInt8>) {
    _ = ReferenceParser.parse(String(decoding: data, as: UTF8.self))
  }

  /// A tabular XML file, through the whole compilation into a store, which is then opened.
  public static func tabularXML(_ data: UnsafeBufferPointer<UInt8>) {
    guard var document = try? TabularParser.parse(Data(buffer: data), fileName: "fuzz.xml") else { return }
    SectionNester.nest(&document)
    SevenCharacterExpander.expand(&document, codeList: nil)
    guard let info = ServiceDate(iso: "2026-04-01").map({ ReleaseInfo.fuzz(from: $0) }) else { return }
    var release = ReleaseCompiler.flatten(document, info: info)
    ReleaseCompiler.buildIndex(&release)
    ReleaseCompiler.resolveReferences(&release)
    release.aliases = SearchIndexBuilder.aliases(release)
    release.tokens = SearchIndexBuilder.build(release)
    guard let bytes = try? StoreWriter.write(release),
      let opened = try? Release(buffer: StoreBuffer(bytes: bytes), source: "fuzz")
    else { return }
    exercise(opened)
  }

  /// The bytes of a compiled store file, opened and read as a command would: once as they are (the
  /// page checksums refuse almost every mutation), then sealed afresh, so that the reader meets
  /// mutated headers, offsets and sections behind valid checksums (a store written by a faulty or
  /// hostile writer).
  public static func store(_ data: UnsafeBufferPointer<UInt8>) {
    var resealed = Array(data)
    StoreSeal.seal(&resealed)
    for bytes in [Array(data), resealed] {
      guard let buffer = try? StoreBuffer(bytes: bytes), (try? buffer.verifyAll()) != nil,
        let release = try? Release(buffer: buffer, source: "fuzz")
      else { continue }
      exercise(release)
    }
  }

  /// Reads every node of a small release (the first 2,000 of a large one) as `show` and `tree` do.
  static func exercise(_ release: Release) {
    for index in 0..<min(release.nodeCount, 2000) {
      let id = NodeID(index)
      _ = release.code(id)
      _ = release.title(id)
      _ = release.applicableNotes(id)
      _ = release.children(id)
      _ = release.sevenCharacterTable(id)
    }
    _ = release.lookup("M54.50")
    _ = release.search("back pain", limit: 5)
    _ = release.suggestions(for: "M54.7")
  }
}

extension ReleaseInfo {
  /// A release id and dates for a fuzzed tabular file.
  static func fuzz(from date: ServiceDate) -> ReleaseInfo {
    ReleaseInfo(id: "FUZZ", effectiveFrom: date, effectiveThrough: date, tabular: "fuzz.xml", codeList: nil)
  }
}
