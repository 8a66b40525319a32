//===- Translation.cpp - x2p-translate --export-paddle --------------------===//
//
// `x2p-translate --export-paddle in.mlir -o DIR/model.pdmodel` writes the
// program to the -o file and the params beside it. mlir-translate only hands
// a translation an output stream, so the params path is derived from the
// tool's own -o option (or given with --paddle-params).
//
//===----------------------------------------------------------------------===//
#include "x2p/Export/Paddle/ExportPaddle.h"
#include "x2p/ProgramDesc/ParamsPath.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/CommandLine.h"

using namespace mlir;

/// The value of mlir-translate's -o option.
static std::string outputFilename() {
  auto &options = llvm::cl::getRegisteredOptions();
  auto it = options.find("o");
  if (it == options.end())
    return "-";
  auto *opt = static_cast<llvm::cl::opt<std::string> *>(it->second);
  return opt->getValue();
}

void x2p::paddle_export::registerExportPaddleTranslation(
    const DialectRegistrationFunction &dialects) {
  static TranslateFromMLIRRegistration registration(
      "export-paddle",
      "write a paddle-dialect module as a Paddle inference model "
      "(model.pdmodel to -o, model.pdiparams beside it)",
      [](ModuleOp module, llvm::raw_ostream &os) -> LogicalResult {
        std::string params = programdesc::paramsPathOption();
        if (params.empty()) {
          std::string output = outputFilename();
          if (output == "-")
            return emitError(module.getLoc())
                   << "--export-paddle needs -o FILE.pdmodel (or "
                   << "--paddle-params) to know where the params go";
          params = programdesc::paramsPathFor(output);
        }
        return exportPaddleModel(module, os, params);
      },
      dialects);
}
