//===- ExpandFused.h - fused ops back to primitive ops ----------*- C++ -*-===//
//
// The GPU forms of the fusion passes have no CPU kernels. Each op family
// contributes the patterns that expand its fused ops into the primitive
// ops of their definition; --paddle-expand-fused runs them all, so every
// GPU form can be checked numerically in Paddle on a CPU.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_FUSION_EXPANDFUSED_H
#define X2P_TRANSFORMS_FUSION_EXPANDFUSED_H

#include "mlir/IR/PatternMatch.h"

namespace x2p::fusion {

/// multihead_matmul (ExpandAttention.cpp).
void populateExpandAttentionPatterns(mlir::RewritePatternSet &patterns);

} // namespace x2p::fusion

#endif // X2P_TRANSFORMS_FUSION_EXPANDFUSED_H
