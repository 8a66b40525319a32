//===- ExpandFusedPass.cpp - --paddle-expand-fused ------------------------===//
//
// Runs every family's expansion patterns (ExpandFused.h): the CUDA-only
// fused ops become primitive ops that Paddle runs on CPU.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/ExpandFused.h"
#include "x2p/Transforms/Fusion/Passes.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace x2p::fusion {
#define GEN_PASS_DEF_PADDLEEXPANDFUSED
#include "x2p/Transforms/Fusion/Passes.h.inc"
} // namespace x2p::fusion

using namespace mlir;

namespace {

struct PaddleExpandFusedPass
    : x2p::fusion::impl::PaddleExpandFusedBase<PaddleExpandFusedPass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    x2p::fusion::populateExpandAttentionPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
