//===- InitAll.cpp - register every x2p dialect, pass, translation --------===//
//
// Importers, conversions and exporters add their registration calls here
// as they land; x2p-opt, x2p-translate and the x2p driver all call in.
//
//===----------------------------------------------------------------------===//
#include "x2p/Registration/InitAll.h"

#include "x2p/Conversion/Passes.h"
#include "x2p/Export/Paddle/ExportPaddle.h"
#include "x2p/Import/ONNX/ONNXImport.h"
#include "x2p/Import/Paddle/ImportPaddle.h"
#include "x2p/Pipelines/Pipelines.h"
#include "x2p/Transforms/Fusion/Passes.h"
#include "x2p/Transforms/ONNX/Passes.h"
#include "x2p/Transforms/Paddle/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "x2p/Dialect/ONNX/ONNXDialect.h"
#include "x2p/Dialect/Paddle/PaddleDialect.h"

void x2p::registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<mlir::arith::ArithDialect, mlir::func::FuncDialect,
                  ONNX::ONNXDialect, Paddle::PaddleDialect>();
}

void x2p::registerAllPasses() {
  // The dialect-independent upstream passes (canonicalize, cse, inline,
  // symbol-dce, ...) that every x2p pipeline is composed with. Each x2p
  // Passes.td adds its register...Passes() call here.
  mlir::registerTransformsPasses();
  registerConversionPasses();
  // MLIR's convert-<from>-to-<to> spelling of --onnx-to-paddle: the same
  // pass (it has no options to forward).
  mlir::PassPipelineRegistration<>(
      "convert-onnx-to-paddle",
      "Lower the onnx dialect to the paddle dialect (--onnx-to-paddle)",
      [](mlir::OpPassManager &pm) { pm.addPass(createONNXToPaddle()); });
  registerPipelines();
  ONNX::registerONNXTransformsPasses();
  Paddle::registerPaddleTransformsPasses();
  fusion::registerFusionPasses();
}

void x2p::registerAllTranslations() {
  registerONNXImportTranslation();
  paddle_export::registerExportPaddleTranslation(registerAllDialects);
  paddle_import::registerImportPaddleTranslation(registerAllDialects);
}
