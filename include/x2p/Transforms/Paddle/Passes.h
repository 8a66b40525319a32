//===- Passes.h - paddle -> paddle passes -----------------------*- C++ -*-===//
//
// The passes over paddle dialect programs (the Paddle quirk rewrites, the
// dead-parameter sweep), declared from Passes.td.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_PADDLE_PASSES_H
#define X2P_TRANSFORMS_PADDLE_PASSES_H

#include "x2p/Dialect/Paddle/PaddleDialect.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

namespace x2p::Paddle {

#define GEN_PASS_DECL
#include "x2p/Transforms/Paddle/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "x2p/Transforms/Paddle/Passes.h.inc"

} // namespace x2p::Paddle

#endif // X2P_TRANSFORMS_PADDLE_PASSES_H
