import CodingCore

/// libFuzzer target `store`: arbitrary bytes through `FuzzEntry.store`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntry.store(UnsafeBufferPointer(start: data, count: size))
  return 0
}
