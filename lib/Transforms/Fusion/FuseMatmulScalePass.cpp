//===- FuseMatmulScalePass.cpp - --fuse-matmul-scale ----------------------===//
//
// Attention scores are QKᵀ / sqrt(d): exporters write the scaling as an
// elementwise Div (or Mul) by a constant after the matmul. Paddle folds a
// `scale` op after a matmul into the matmul (matmul_scale_fuse_pass sets
// its alpha; with oneDNN the result is one fused_matmul), but leaves an
// elementwise_div alone: x2p's BERT-base program keeps 12 of them after
// Paddle's passes. Rewriting the division as scale(1/c) lets Paddle fold
// it; x * (1/c) differs from x / c by at most one rounding.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/Passes.h"
#include "x2p/Transforms/Fusion/Target.h"

#include "x2p/Dialect/Paddle/PaddleConstants.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <cmath>

namespace x2p::fusion {
#define GEN_PASS_DEF_FUSEMATMULSCALE
#include "x2p/Transforms/Fusion/Passes.h.inc"
} // namespace x2p::fusion

using namespace mlir;
using namespace x2p;

namespace {

/// A float32 product of matmul_v2/matmul used only here: a scale after it
/// is what Paddle folds. A result with other users (or fetched) is left
/// alone, also because matmul_scale_fuse_pass drops a fetched matmul
/// result (test/e2e: Attention divides instead).
bool isSoleMatmulResult(Value value) {
  Operation *def = value.getDefiningOp();
  return def && isa<Paddle::MatmulV2Op, Paddle::MatmulOp>(def) &&
         value.hasOneUse() && getElementTypeOrSelf(value.getType()).isF32();
}

template <typename OpTy> struct ScaleOfMatmul : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    constexpr bool divides = std::is_same_v<OpTy, Paddle::ElementwiseDivOp>;
    Value product = op.getX(), constant = op.getY();
    if (!divides && !isSoleMatmulResult(product))
      std::swap(product, constant);
    if (!isSoleMatmulResult(product) ||
        product.getType() != op.getOut().getType())
      return failure();
    std::optional<double> c = Paddle::foldedSplatFloat(constant);
    if (!c || *c == 0.0 || !std::isfinite(*c))
      return failure();
    double factor = divides ? 1.0 / *c : *c;
    if (!std::isfinite(static_cast<float>(factor)))
      return failure();
    rewriter.replaceOpWithNewOp<Paddle::ScaleOp>(
        op, op.getOut().getType(), product, /*ScaleTensor=*/Value(),
        /*BiasTensor=*/Value(),
        rewriter.getF32FloatAttr(static_cast<float>(factor)),
        rewriter.getF32FloatAttr(0.0f), rewriter.getBoolAttr(true));
    return success();
  }
};

struct FuseMatmulScalePass
    : x2p::fusion::impl::FuseMatmulScaleBase<FuseMatmulScalePass> {
  using Base::Base;

  void runOnOperation() override {
    if (failed(x2p::fusion::checkTarget(getOperation(), "fuse-matmul-scale",
                                        target)))
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    patterns.add<ScaleOfMatmul<Paddle::ElementwiseDivOp>,
                 ScaleOfMatmul<Paddle::ElementwiseMulOp>>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
