import CodingCore

/// libFuzzer target `tabular-xml`: arbitrary bytes through `FuzzEntry.tabularXML`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntry.tabularXML(UnsafeBufferPointer(start: data, count: size))
  return 0
}
