//===- ExpandFusedPass.cpp - --paddle-expand-fused ------------------------===//
//
// The GPU fusions write ops Paddle's CPU cannot run (FACTS: "no kernels
// registered" on CPU), so their result cannot be checked on the machines
// x2p is tested on. This pass undoes them into primitive ops: a program
// fused for target=gpu and expanded again must compute what the unfused
// program does, in real Paddle. The patterns live with their op family
// (ExpandFused.h); this file only runs them all.
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
    x2p::fusion::populateExpandNormPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
