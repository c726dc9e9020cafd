import CodingCore

/// libFuzzer target `audit-jsonl-line`: arbitrary bytes through `FuzzEntry.auditJSONLLine`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntry.auditJSONLLine(UnsafeBufferPointer(start: data, count: size))
  return 0
}
