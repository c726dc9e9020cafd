import CodingCore

/// libFuzzer target `audit-csv-line`: arbitrary bytes through `FuzzEntry.auditCSVLine`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntry.auditCSVLine(UnsafeBufferPointer(start: data, count: size))
  return 0
}
