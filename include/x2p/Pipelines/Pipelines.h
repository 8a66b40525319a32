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

namespace x2p {

/// onnx dialect (as the importer writes it) → paddle dialect ready for the
/// ProgramDesc exporter: onnx cleanup, --onnx-to-paddle, the Paddle quirk
/// rewrites, paddle cleanup.
void buildONNXToPaddlePipeline(mlir::OpPassManager &pm);

/// Registers `--x2p-onnx-pipeline` with x2p-opt.
void registerPipelines();

} // namespace x2p

#endif // X2P_PIPELINES_PIPELINES_H
