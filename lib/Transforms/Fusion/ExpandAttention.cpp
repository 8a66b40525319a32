//===- ExpandAttention.cpp - multihead_matmul back to primitive ops -------===//
//
// multihead_matmul has CUDA kernels only, so a program fused for the GPU
// cannot be checked on a CPU as it is. --paddle-expand-fused rewrites it
// into the primitive ops its definition names (the dialect's description
// of the op), and the expanded program runs in Paddle on CPU against
// onnxruntime: that checks the packing, the scale and the mask x2p's
// --fuse-attention chose. The packed weight is reshaped at run time;
// Paddle's constant folding removes that.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/ExpandFused.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "x2p/Dialect/Paddle/PaddleXShape.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace x2p;

namespace {

RankedTensorType withDims(Type like, ArrayRef<int64_t> dims) {
  return RankedTensorType::get(dims, getElementTypeOrSelf(like));
}

Value reshape(PatternRewriter &rewriter, Location loc, Value x,
              ArrayRef<int64_t> dims, ArrayRef<int32_t> target) {
  return Paddle::createReshape2(rewriter, loc, x, target,
                                withDims(x.getType(), dims));
}

Value transpose(PatternRewriter &rewriter, Location loc, Value x,
                ArrayRef<int32_t> perm) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> dims;
  for (int32_t axis : perm)
    dims.push_back(type.getDimSize(axis));
  return Paddle::Transpose2Op::create(
             rewriter, loc,
             TypeRange{withDims(x.getType(), dims),
                       Paddle::xshapeTypeOf(x.getType())},
             x, rewriter.getDenseI32ArrayAttr(perm))
      .getOut();
}

/// softmax(alpha * Q Kᵀ + BiasQK) V per head, with Q, K, V from
/// Input @ W + Bias, W [hidden, 3, hidden] read as [hidden, 3 * hidden].
struct ExpandMultiheadMatmul : OpRewritePattern<Paddle::MultiheadMatmulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(Paddle::MultiheadMatmulOp op,
                                PatternRewriter &rewriter) const override {
    auto in = dyn_cast<RankedTensorType>(op.getInput().getType());
    auto w = dyn_cast<RankedTensorType>(op.getW().getType());
    if (!in || !w || !w.hasStaticShape() || in.getRank() != 3 ||
        op.getTranspose_Q() || !op.getTranspose_K() || op.getTranspose_V())
      return rewriter.notifyMatchFailure(op, "not the form x2p writes");
    Location loc = op.getLoc();
    int64_t hidden = w.getDimSize(2), heads = op.getHeadNumber();
    int64_t headDim = hidden / heads;
    int64_t b = in.getDimSize(0), s = in.getDimSize(1);
    auto h = static_cast<int32_t>(heads), d = static_cast<int32_t>(headDim);
    auto n = static_cast<int32_t>(hidden);

    Value weight = reshape(rewriter, loc, op.getW(),
                           {w.getDimSize(0), 3 * hidden}, {0, 3 * n});
    Value bias = reshape(rewriter, loc, op.getBias(), {3 * hidden}, {3 * n});
    auto qkvType = withDims(in, {b, s, 3 * hidden});
    Value qkv = Paddle::MatmulV2Op::create(rewriter, loc, qkvType,
                                           op.getInput(), weight, false, false);
    qkv = Paddle::ElementwiseAddOp::create(rewriter, loc, qkvType, qkv, bias,
                                           rewriter.getSI32IntegerAttr(-1));
    Value split =
        reshape(rewriter, loc, qkv, {b, s, 3, heads, headDim}, {0, 0, 3, h, d});
    Value byPart = transpose(rewriter, loc, split, {2, 0, 3, 1, 4});
    auto partType = withDims(in, {b, heads, s, headDim});
    Value parts[3];
    for (int32_t i = 0; i < 3; ++i)
      parts[i] = Paddle::SliceOp::create(
          rewriter, loc, partType, byPart, /*StartsTensor=*/Value(),
          /*EndsTensor=*/Value(), ValueRange{}, ValueRange{},
          rewriter.getDenseI32ArrayAttr({0}),
          rewriter.getDenseI32ArrayAttr({i}),
          rewriter.getDenseI32ArrayAttr({i + 1}),
          rewriter.getDenseI32ArrayAttr({1}),
          rewriter.getDenseI32ArrayAttr({0}));
    auto scoresType = withDims(in, {b, heads, s, s});
    Value scores = Paddle::MatmulV2Op::create(rewriter, loc, scoresType,
                                              parts[0], parts[1], false, true);
    scores = Paddle::ScaleOp::create(
        rewriter, loc, scoresType, scores, Value(), Value(), op.getAlphaAttr(),
        rewriter.getF32FloatAttr(0.0f), rewriter.getBoolAttr(true));
    if (Value mask = op.getBiasQK())
      scores = Paddle::ElementwiseAddOp::create(
          rewriter, loc, scoresType, scores, mask,
          rewriter.getSI32IntegerAttr(-1));
    scores = Paddle::SoftmaxOp::create(rewriter, loc, scoresType, scores,
                                       rewriter.getSI32IntegerAttr(-1));
    Value context = Paddle::MatmulV2Op::create(rewriter, loc, partType, scores,
                                               parts[2], false, false);
    Value merged = transpose(rewriter, loc, context, {0, 2, 1, 3});
    Value out = Paddle::createReshape2(rewriter, loc, merged, {0, 0, n},
                                       op.getOut().getType());
    rewriter.replaceOp(op, out);
    return success();
  }
};

} // namespace

void x2p::fusion::populateExpandAttentionPatterns(RewritePatternSet &patterns) {
  patterns.add<ExpandMultiheadMatmul>(patterns.getContext());
}
