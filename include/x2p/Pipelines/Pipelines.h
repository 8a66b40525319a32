//===- Pipelines.h - x2p's pass pipelines -----------------------*- C++ -*-===//
//
// The pipelines x2p-opt registers (`--x2p-onnx-pipeline`) and the x2p driver
// runs: one definition, so that what a researcher runs with x2p-opt is
// exactly what users get from x2p.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_PIPELINES_PIPELINES_H
#define X2P_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"

#include <string>
#include <vector>

namespace x2p {

/// What the x2p driver's --target and --fuse choose.
struct PipelineOptions {
  /// The device the Paddle program runs on: "cpu" or "gpu".
  std::string target = "cpu";
  /// The fusion passes to run, by name without "fuse-" ("gelu",
  /// "matmul-scale", "attention", "layernorm", ...).
  std::vector<std::string> fusions = allFusions();
  /// Expand the CUDA-only fused ops back into primitive ops after the
  /// fusions (--paddle-expand-fused): a gpu program checked on a CPU.
  bool expandFused = false;
  /// The layout of linear-layer weights (--linear-form): "fc" leaves them
  /// for Paddle's fc fusion, "matmul" stores them transposed (trans_y).
  std::string linearForm = "fc";

  /// Every fusion pass x2p has, in the order the pipeline runs them:
  /// layernorm before the GPU fusions that start at a layer_norm, and
  /// embedding-layernorm before skip-layernorm can take its add.
  static std::vector<std::string> allFusions() {
    return {"attention",           "gelu",          "matmul-scale", "layernorm",
            "embedding-layernorm", "skip-layernorm"};
  }
};

/// `text` of --fuse ("all", "none" or a comma list of fusion names) as
/// PipelineOptions::fusions; fails with `error` naming an unknown one.
mlir::FailureOr<std::vector<std::string>> parseFusions(llvm::StringRef text,
                                                       std::string &error);

/// The fusion passes `options` choose, in the pipeline's order, on a
/// function pass manager.
void addFusionPasses(mlir::OpPassManager &pm, const PipelineOptions &options);

/// onnx dialect (as the importer writes it) → paddle dialect ready for the
/// ProgramDesc exporter: onnx cleanup, --onnx-to-paddle, the chosen
/// fusions, the Paddle quirk rewrites, paddle cleanup.
void buildONNXToPaddlePipeline(mlir::OpPassManager &pm,
                               const PipelineOptions &options = {});

/// Registers `--x2p-onnx-pipeline` and `--paddle-fuse-all` with x2p-opt.
void registerPipelines();

} // namespace x2p

#endif // X2P_PIPELINES_PIPELINES_H
