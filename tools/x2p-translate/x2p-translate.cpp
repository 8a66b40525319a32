//===- x2p-translate.cpp - x2p's mlir-translate ---------------------------===//
//
// Converts between model file formats and MLIR, like mlir-translate.
//
//===----------------------------------------------------------------------===//
#include "x2p/Registration/InitAll.h"

#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  x2p::registerAllTranslations();
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "x2p translation driver\n"));
}
