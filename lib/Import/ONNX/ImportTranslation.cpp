//===- ImportTranslation.cpp - x2p-translate --import-onnx ----------------===//
//
// Registers the importer with mlir-translate's machinery. The input buffer
// mlir-translate opened (mapped for large files) is the model: its
// SourceMgr is shared with the weight blobs, so nothing is read twice.
//
//===----------------------------------------------------------------------===//
#include "x2p/Import/ONNX/ONNXImport.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

void x2p::registerONNXImportTranslation() {
  static llvm::cl::opt<bool> textFormat(
      "onnx-text",
      llvm::cl::desc("--import-onnx: read ONNX's text syntax (default for "
                     ".onnxtext files)"),
      llvm::cl::init(false));
  static TranslateToMLIRRegistration registration(
      "import-onnx", "import an ONNX model (.onnx, or .onnxtext text syntax)",
      [](const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
         MLIRContext *context) -> OwningOpRef<Operation *> {
        const llvm::MemoryBuffer *buffer =
            sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID());
        llvm::StringRef path = buffer->getBufferIdentifier();
        ONNXFormat format = textFormat || path.ends_with(".onnxtext")
                                ? ONNXFormat::Text
                                : ONNXFormat::Binary;
        OwningOpRef<ModuleOp> module = importONNXModel(
            buffer->getBuffer(), path, sourceMgr, format, context);
        return OwningOpRef<Operation *>(module.release());
      },
      registerONNXImportDialects);
}
