import CodingCore

/// libFuzzer target `audit-jsonl-line`: arbitrary bytes through `FuzzEntry.auditJSONLLine`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntry.auditJSONLLine(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// Loads the releases and rules once before fuzzing starts (the first run compiles them, which
/// would otherwise count against the first input's time limit).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
  [UInt8]().withUnsafeBufferPointer { FuzzEntry.codeNormaliser($0) }
  return 0
}
