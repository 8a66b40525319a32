//===- Pipelines.cpp - x2p's pass pipelines -------------------------------===//
//
// See Pipelines.h. Shape inference runs before and after the shape folding
// because folding static shape subgraphs (Shape → Gather → Concat →
// Reshape) is what lets the second round give ranks and dims to what the
// first could not. The Paddle quirk rewrites come right after the
// conversion, before the canonicalizer sees the program, and may orphan
// parameters, so the dead-parameter sweep follows them.
//
//===----------------------------------------------------------------------===//
#include "x2p/Pipelines/Pipelines.h"

#include "x2p/Conversion/Passes.h"
#include "x2p/Transforms/Fusion/Passes.h"
#include "x2p/Transforms/ONNX/Passes.h"
#include "x2p/Transforms/Paddle/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;

FailureOr<std::vector<std::string>> x2p::parseFusions(llvm::StringRef text,
                                                      std::string &error) {
  std::vector<std::string> all = PipelineOptions::allFusions();
  if (text == "all")
    return all;
  std::vector<std::string> chosen;
  if (text == "none")
    return chosen;
  SmallVector<StringRef> names;
  text.split(names, ',', -1, /*KeepEmpty=*/false);
  for (StringRef name : names) {
    name = name.trim();
    name.consume_front("fuse-");
    if (!llvm::is_contained(all, name.str())) {
      error = "unknown fusion '" + name.str() + "' (known: all, none, " +
              llvm::join(all, ", ") + ")";
      return failure();
    }
    if (!llvm::is_contained(chosen, name.str()))
      chosen.push_back(name.str());
  }
  return chosen;
}

void x2p::addFusionPasses(OpPassManager &pm, const PipelineOptions &options) {
  for (const std::string &name : options.fusions)
    if (name == "attention")
      pm.addPass(fusion::createFuseAttention({options.target}));
    else if (name == "gelu")
      pm.addPass(fusion::createFuseGelu({options.target}));
    else if (name == "matmul-scale")
      pm.addPass(fusion::createFuseMatmulScale({options.target}));
    else if (name == "layernorm")
      pm.addPass(fusion::createFuseLayerNorm({options.target}));
    else if (name == "embedding-layernorm")
      pm.addPass(fusion::createFuseEmbeddingLayerNorm({options.target}));
    else if (name == "skip-layernorm")
      pm.addPass(fusion::createFuseSkipLayerNorm({options.target}));
}

void x2p::buildONNXToPaddlePipeline(OpPassManager &pm,
                                    const PipelineOptions &options) {
  OpPassManager &onnx = pm.nest<func::FuncOp>();
  // Paddle's CPU kernels lack float16: fp16 models compute in float32.
  onnx.addPass(ONNX::createONNXWidenFloat16());
  onnx.addPass(ONNX::createONNXShapeInference());
  onnx.addPass(ONNX::createONNXFoldShapes());
  onnx.addPass(ONNX::createONNXShapeInference());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createONNXToPaddle());
  OpPassManager &paddle = pm.nest<func::FuncOp>();
  addFusionPasses(paddle, options);
  if (options.linearForm != "fc")
    paddle.addPass(
        fusion::createLinearForm({options.target, options.linearForm}));
  if (options.expandFused)
    paddle.addPass(fusion::createPaddleExpandFused());
  paddle.addPass(Paddle::createPaddleAvoidQuirks());
  paddle.addPass(Paddle::createPaddleDropDeadParameters());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

namespace {
struct FuseAllOptions : PassPipelineOptions<FuseAllOptions> {
  Option<std::string> target{*this, "target",
                             llvm::cl::desc("cpu (default) or gpu"),
                             llvm::cl::init("cpu")};
};
} // namespace

void x2p::registerPipelines() {
  PassPipelineRegistration<>(
      "x2p-onnx-pipeline",
      "The x2p driver's pipeline: onnx dialect to a paddle dialect module "
      "ready for --export-paddle",
      [](OpPassManager &pm) { buildONNXToPaddlePipeline(pm); });
  PassPipelineRegistration<FuseAllOptions>(
      "paddle-fuse-all",
      "Every fusion pass over a paddle program, as x2p --fuse=all runs them",
      [](OpPassManager &pm, const FuseAllOptions &options) {
        PipelineOptions fusions;
        fusions.target = options.target;
        addFusionPasses(pm.nest<func::FuncOp>(), fusions);
      });
}
