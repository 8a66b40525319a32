//===- Translation.cpp - x2p-translate --import-paddle --------------------===//
//
// `x2p-translate --import-paddle DIR/model.pdmodel` reads the program given
// as input and the params beside it (or --paddle-params).
//
//===----------------------------------------------------------------------===//
#include "x2p/Import/Paddle/ImportPaddle.h"

#include "x2p/ProgramDesc/ParamsPath.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

void x2p::paddle_import::registerImportPaddleTranslation(
    const DialectRegistrationFunction &dialects) {
  static TranslateToMLIRRegistration registration(
      "import-paddle",
      "read a Paddle inference model (model.pdmodel, with model.pdiparams "
      "beside it) into the paddle dialect",
      [](llvm::SourceMgr &sourceMgr,
         MLIRContext *context) -> OwningOpRef<Operation *> {
        const llvm::MemoryBuffer *input =
            sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
        std::string params = programdesc::paramsPathOption();
        if (params.empty())
          params = programdesc::paramsPathFor(input->getBufferIdentifier());
        return importPaddleModel(context, input->getBuffer(),
                                 input->getBufferIdentifier(), params);
      },
      dialects);
}
