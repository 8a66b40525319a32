//===- ExpandNormPatterns.cpp - fused layer norms back to primitives ------===//
//
// skip_layernorm and fused_embedding_eltwise_layernorm have CUDA kernels
// only. Their definitions in primitive ops Paddle's CPU runs: an add and a
// layer_norm; one lookup_table_v2 per table, adds and a layer_norm over the
// last axis. Used by --paddle-expand-fused to check the GPU fusions.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/ExpandFused.h"
#include "x2p/Transforms/Fusion/Match.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;

namespace {

/// layer_norm(x) over the dims from `begin` on, replacing `op`'s result.
void replaceByLayerNorm(PatternRewriter &rewriter, Operation *op, Value x,
                        Value scale, Value bias, FloatAttr epsilon,
                        int64_t begin) {
  Type stat =
      fusion::layerNormStatsType(cast<RankedTensorType>(x.getType()), begin);
  auto norm = Paddle::LayerNormOp::create(
      rewriter, op->getLoc(), TypeRange{op->getResult(0).getType(), stat, stat},
      x, scale, bias, epsilon,
      rewriter.getSI32IntegerAttr(static_cast<int32_t>(begin)));
  rewriter.replaceOp(op, norm.getY());
}

struct ExpandSkipLayernorm : OpRewritePattern<Paddle::SkipLayernormOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(Paddle::SkipLayernormOp op,
                                PatternRewriter &rewriter) const override {
    if (!isa<RankedTensorType>(op.getX().getType()))
      return failure();
    Value sum = Paddle::ElementwiseAddOp::create(
        rewriter, op.getLoc(), op.getOut().getType(), op.getX(), op.getY(),
        rewriter.getSI32IntegerAttr(-1));
    replaceByLayerNorm(rewriter, op, sum, op.getScale(), op.getBias(),
                       op.getEpsilonAttr(), op.getBeginNormAxis());
    return success();
  }
};

struct ExpandEmbeddingLayernorm
    : OpRewritePattern<Paddle::FusedEmbeddingEltwiseLayernormOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(Paddle::FusedEmbeddingEltwiseLayernormOp op,
                                PatternRewriter &rewriter) const override {
    auto outType = dyn_cast<RankedTensorType>(op.getOut().getType());
    auto ranked = [](Value v) { return isa<RankedTensorType>(v.getType()); };
    if (!outType || !llvm::all_of(op.getIds(), ranked) ||
        !llvm::all_of(op.getEmbs(), ranked))
      return failure();
    Value sum;
    for (auto [ids, table] : llvm::zip(op.getIds(), op.getEmbs())) {
      auto idsType = cast<RankedTensorType>(ids.getType());
      auto tableType = cast<RankedTensorType>(table.getType());
      SmallVector<int64_t> dims(idsType.getShape());
      dims.push_back(tableType.getDimSize(1));
      Value rows = Paddle::LookupTableV2Op::create(
          rewriter, op.getLoc(),
          RankedTensorType::get(dims, tableType.getElementType()), ids, table,
          rewriter.getIntegerAttr(
              rewriter.getIntegerType(64, /*isSigned=*/true), -1));
      sum = sum ? Paddle::ElementwiseAddOp::create(
                      rewriter, op.getLoc(), outType, sum, rows,
                      rewriter.getSI32IntegerAttr(-1))
                      .getOut()
                : rows;
    }
    replaceByLayerNorm(rewriter, op, sum, op.getScale(), op.getBias(),
                       op.getEpsilonAttr(), outType.getRank() - 1);
    return success();
  }
};

} // namespace

void x2p::fusion::populateExpandNormPatterns(RewritePatternSet &patterns) {
  patterns.add<ExpandSkipLayernorm, ExpandEmbeddingLayernorm>(
      patterns.getContext());
}
