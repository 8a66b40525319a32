//===- x2p-opt.cpp - x2p's mlir-opt ---------------------------------------===//
//
// Runs any x2p pass or pipeline over .mlir/.mlirbc, like mlir-opt.
//
//===----------------------------------------------------------------------===//
#include "x2p/Registration/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  x2p::registerAllDialects(registry);
  x2p::registerAllPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "x2p optimizer driver\n", registry));
}
