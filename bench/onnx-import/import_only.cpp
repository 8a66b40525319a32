//===- import_only.cpp - the importer alone, for the benchmark ------------===//
//
// x2p-translate's driver (MLIR's mlirTranslateMain) reads the whole input
// into memory before the importer sees it, and printing hex-encodes every
// weight. This tool runs just the library entry point the x2p driver uses
// (x2p::importONNXFile, which maps the file) and the verifier, and prints
// the module with resource blobs elided when asked (-print).
//
//===----------------------------------------------------------------------===//
#include "x2p/Import/ONNX/ONNXImport.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

int main(int argc, char **argv) {
  if (argc < 2) {
    llvm::errs() << "usage: import-only model.onnx [-print]\n";
    return 2;
  }
  mlir::DialectRegistry registry;
  x2p::registerONNXImportDialects(registry);
  mlir::MLIRContext context(registry);
  auto module = x2p::importONNXFile(argv[1], &context);
  if (!module)
    return 1;
  if (argc > 2 && std::strcmp(argv[2], "-print") == 0)
    module->print(llvm::outs(),
                  mlir::OpPrintingFlags().elideLargeResourceString(16));
  return 0;
}
