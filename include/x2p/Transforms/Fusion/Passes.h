//===- Passes.h - fusion passes over paddle programs ------------*- C++ -*-===//
//
// The passes that recompose decomposed ops (GELU, ...) into the fused ops
// Paddle's kernels run fastest, declared from Passes.td.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_FUSION_PASSES_H
#define X2P_TRANSFORMS_FUSION_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"
#include "x2p/Dialect/Paddle/PaddleDialect.h"

namespace x2p::fusion {

#define GEN_PASS_DECL
#include "x2p/Transforms/Fusion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "x2p/Transforms/Fusion/Passes.h.inc"

} // namespace x2p::fusion

#endif // X2P_TRANSFORMS_FUSION_PASSES_H
