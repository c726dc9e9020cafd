import WorkbenchUI

/// libFuzzer target `key-map-file`: arbitrary bytes through `WorkbenchFuzzEntry.keyMapFile`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  WorkbenchFuzzEntry.keyMapFile(UnsafeBufferPointer(start: data, count: size))
  return 0
}
