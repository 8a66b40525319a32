//===- Pipelines.cpp - x2p's pass pipelines -------------------------------===//
//
// See Pipelines.h. Shape inference runs before and after canonicalization
// because folding static shape subgraphs (Shape → Gather → Concat →
// Reshape) is what lets the second round give ranks and dims to what the
// first could not.
//
//===----------------------------------------------------------------------===//
#include "x2p/Pipelines/Pipelines.h"

#include "x2p/Conversion/Passes.h"
#include "x2p/Transforms/ONNX/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void x2p::buildONNXToPaddlePipeline(OpPassManager &pm) {
  OpPassManager &onnx = pm.nest<func::FuncOp>();
  onnx.addPass(ONNX::createONNXShapeInference());
  onnx.addPass(ONNX::createONNXCanonicalize());
  onnx.addPass(ONNX::createONNXShapeInference());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createONNXToPaddle());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void x2p::registerPipelines() {
  PassPipelineRegistration<>(
      "x2p-onnx-pipeline",
      "The x2p driver's pipeline: onnx dialect to a paddle dialect module "
      "ready for --export-paddle",
      buildONNXToPaddlePipeline);
}
