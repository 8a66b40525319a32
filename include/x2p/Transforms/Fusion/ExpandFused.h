//===- ExpandFused.h - CUDA-only fused ops back to primitives ---*- C++ -*-===//
//
// --paddle-expand-fused rewrites the fused ops Paddle runs on CUDA only
// back into primitive ops with CPU kernels, so that a program fused for
// target=gpu can be run and compared in Paddle on a CPU. Each family of
// fused ops brings its expansion patterns in its own file through one
// populate function declared here; the pass adds them all.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_FUSION_EXPANDFUSED_H
#define X2P_TRANSFORMS_FUSION_EXPANDFUSED_H

#include "mlir/IR/PatternMatch.h"

namespace x2p::fusion {

/// multihead_matmul (ExpandAttention.cpp).
void populateExpandAttentionPatterns(mlir::RewritePatternSet &patterns);

/// skip_layernorm and fused_embedding_eltwise_layernorm
/// (ExpandNormPatterns.cpp).
void populateExpandNormPatterns(mlir::RewritePatternSet &patterns);

} // namespace x2p::fusion

#endif // X2P_TRANSFORMS_FUSION_EXPANDFUSED_H
