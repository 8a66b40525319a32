//===- FuseSkipLayerNormPass.cpp - --fuse-skip-layernorm ------------------===//
//
// Every transformer layer ends its attention and its FFN blocks with
// layer_norm(residual + x). Paddle's CUDA kernel skip_layernorm does both
// in one pass over the activations; its CPU has no such kernel (FACTS), and
// there oneDNN's passes already handle the add and the layer_norm, so the
// pass rewrites for target=gpu only and is a no-op for cpu. The add must
// not broadcast: skip_layernorm reads X and Y as equally shaped.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/Match.h"
#include "x2p/Transforms/Fusion/Passes.h"
#include "x2p/Transforms/Fusion/Target.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace x2p::fusion {
#define GEN_PASS_DEF_FUSESKIPLAYERNORM
#include "x2p/Transforms/Fusion/Passes.h.inc"
} // namespace x2p::fusion

using namespace mlir;
using namespace x2p;
using namespace x2p::fusion;

namespace {

struct SkipLayerNorm : OpRewritePattern<Paddle::LayerNormOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(Paddle::LayerNormOp norm,
                                PatternRewriter &rewriter) const override {
    if (!isHiddenLayerNorm(norm) || !norm.getX().hasOneUse())
      return failure();
    auto add = norm.getX().getDefiningOp<Paddle::ElementwiseAddOp>();
    if (!add || add.getAxis() != -1)
      return failure();
    Type type = add.getOut().getType();
    if (add.getX().getType() != type || add.getY().getType() != type)
      return failure();
    rewriter.replaceOpWithNewOp<Paddle::SkipLayernormOp>(
        norm, norm.getY().getType(), add.getX(), add.getY(), norm.getScale(),
        norm.getBias(), norm.getEpsilonAttr(), norm.getBeginNormAxisAttr());
    return success();
  }
};

struct FuseSkipLayerNormPass
    : x2p::fusion::impl::FuseSkipLayerNormBase<FuseSkipLayerNormPass> {
  using Base::Base;

  void runOnOperation() override {
    if (failed(checkTarget(getOperation(), "fuse-skip-layernorm", target)))
      return signalPassFailure();
    // No CPU kernel: the add and layer_norm stay for oneDNN's passes.
    if (target == "cpu")
      return;
    RewritePatternSet patterns(&getContext());
    patterns.add<SkipLayerNorm>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
