import CodingCore

/// libFuzzer target `code-normaliser`: arbitrary bytes through `FuzzEntry.codeNormaliser`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntry.codeNormaliser(UnsafeBufferPointer(start: data, count: size))
  return 0
}
