//===- fuzz_onnx_import.cpp - libFuzzer target for the ONNX importer ------===//
//
// Feeds arbitrary bytes to the importer as a binary model (and, when the
// first byte says so, as ONNX text). Any outcome but a crash, a sanitizer
// report or a hang is fine: the importer must reject bad input with a
// diagnostic. Diagnostics are swallowed to keep the fuzzer fast.
//
//===----------------------------------------------------------------------===//
#include "x2p/Import/ONNX/ONNXImport.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static mlir::DialectRegistry *registry = [] {
    auto *r = new mlir::DialectRegistry();
    x2p::registerONNXImportDialects(*r);
    return r;
  }();
  mlir::MLIRContext context(*registry, mlir::MLIRContext::Threading::DISABLED);
  mlir::ScopedDiagnosticHandler quiet(
      &context, [](mlir::Diagnostic &) { return mlir::success(); });
  bool text = size > 0 && data[0] == '<';
  auto copy =
      std::make_shared<std::string>(reinterpret_cast<const char *>(data), size);
  llvm::StringRef bytes(*copy);
  auto module = x2p::importONNXModel(
      bytes, "", std::move(copy),
      text ? x2p::ONNXFormat::Text : x2p::ONNXFormat::Binary, &context);
  return 0;
}
