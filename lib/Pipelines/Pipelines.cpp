//===- Pipelines.cpp - x2p's pass pipelines -------------------------------===//
//
// See Pipelines.h. Shape inference and onnx canonicalization join the front
// of the ONNX pipeline as those passes land.
//
//===----------------------------------------------------------------------===//
#include "x2p/Pipelines/Pipelines.h"

#include "x2p/Conversion/Passes.h"

#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void x2p::buildONNXToPaddlePipeline(OpPassManager &pm) {
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
