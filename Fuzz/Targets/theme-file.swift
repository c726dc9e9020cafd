import WorkbenchUI

/// libFuzzer target `theme-file`: arbitrary bytes through `WorkbenchFuzzEntry.themeFile`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  WorkbenchFuzzEntry.themeFile(UnsafeBufferPointer(start: data, count: size))
  return 0
}
