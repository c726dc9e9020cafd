/// The workbench's parser entry points for the libFuzzer targets in `Fuzz/` and their regression
/// tests: each takes arbitrary bytes and must return without crashing.
public enum WorkbenchFuzzEntry {
  /// The targets by name, as `Fuzz/run TARGET SECONDS` names them.
  public static let targets: [String: @Sendable (UnsafeBufferPointer<UInt8>) -> Void] = [
    "theme-file": themeFile, "key-map-file": keyMapFile,
  ]

  /// A theme file, parsed over the default theme.
  public static func themeFile(_ data: UnsafeBufferPointer<UInt8>) {
    _ = ThemeParser.parse(String(decoding: data, as: UTF8.self), file: "fuzz.theme", name: "fuzz")
  }

  /// A key map file, parsed over the default key map.
  public static func keyMapFile(_ data: UnsafeBufferPointer<UInt8>) {
    _ = KeyMapParser.parse(String(decoding: data, as: UTF8.self), file: "fuzz.keys")
  }
}
