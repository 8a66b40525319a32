//===- UnflattenedGemm.cpp - Gemm on a flattened input, unflattened -------===//
//
// GPT2's Conv1D (and torch's Linear on 3-D inputs at low opsets) exports as
// Reshape(X, [-1, K]) -> Gemm(W, C) -> Reshape(back to X's leading dims +
// [N]), the target read at run time from Shape(X). In Paddle every such
// target is a shape/slice/cast/concat chain run per inference (GPT2-small:
// about 600 of its ops), and the reshape2 it feeds cannot be fused. MatMul
// broadcasts over leading dims, so MatMul(X, W) + C computes the same rows
// with no reshape at all. The rewrite needs the restoring target to be
// provably X's own leading dims (the Shape/Gather pieces of X, or X's
// static dims) and N.
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "../ShapeInference/ShapeFunctions.h"

#include "mlir/IR/PatternMatch.h"
#include "x2p/Dialect/ONNX/ONNXOps.h"

using namespace mlir;
using namespace x2p::ONNX;

namespace {

/// `piece` (a 1-element shape piece) is dim `i` of `x`: Gather(Shape(x),
/// i), Slice(Shape(x), i, i+1), Shape(x, i, i+1) (Squeezed and Unsqueezed
/// or not), or the constant of x's static dim i.
bool isDimOf(Value piece, Value x, int64_t i) {
  auto xType = cast<RankedTensorType>(x.getType());
  if (std::optional<SmallVector<int64_t>> c = shape::constantInts(piece))
    return c->size() == 1 && !xType.isDynamicDim(i) &&
           (*c)[0] == xType.getDimSize(i);
  if (auto unsqueeze = piece.getDefiningOp<UnsqueezeOp>())
    piece = unsqueeze.getData();
  if (auto squeeze = piece.getDefiningOp<SqueezeOp>())
    piece = squeeze.getData();
  int64_t rank = xType.getRank();
  // Slice(Shape(x), [i], [i + 1]) (or to the end, for the last dim).
  if (auto slice = piece.getDefiningOp<SliceOp>()) {
    auto shape = slice.getData().getDefiningOp<ShapeOp>();
    std::optional<SmallVector<int64_t>> starts =
        shape::constantInts(slice.getStarts());
    std::optional<SmallVector<int64_t>> ends =
        shape::constantInts(slice.getEnds());
    if (!shape || shape.getData() != x || shape.getStart() != 0 ||
        shape.getEnd() || !starts || !ends || starts->size() != 1 ||
        ends->size() != 1)
      return false;
    if (!shape::isNone(slice.getAxes())) {
      std::optional<SmallVector<int64_t>> axes =
          shape::constantInts(slice.getAxes());
      if (!axes || axes->size() != 1 || (*axes)[0] != 0)
        return false;
    }
    if (!shape::isNone(slice.getSteps())) {
      std::optional<SmallVector<int64_t>> steps =
          shape::constantInts(slice.getSteps());
      if (!steps || steps->size() != 1 || (*steps)[0] != 1)
        return false;
    }
    int64_t start = (*starts)[0] < 0 ? (*starts)[0] + rank : (*starts)[0];
    int64_t end = (*ends)[0] < 0 ? (*ends)[0] + rank : (*ends)[0];
    return start == i && (end == i + 1 || (i == rank - 1 && end >= rank));
  }
  if (auto shape = piece.getDefiningOp<ShapeOp>()) {
    std::optional<int64_t> end = shape.getEnd();
    return shape.getData() == x && shape.getStart() == i && end &&
           *end == i + 1;
  }
  auto gather = piece.getDefiningOp<GatherOp>();
  if (!gather || gather.getAxis() != 0)
    return false;
  auto shape = gather.getData().getDefiningOp<ShapeOp>();
  std::optional<SmallVector<int64_t>> index =
      shape::constantInts(gather.getIndices());
  return shape && shape.getData() == x && shape.getStart() == 0 &&
         !shape.getEnd() && index && index->size() == 1 &&
         ((*index)[0] == i || (*index)[0] == i - xType.getRank());
}

struct UnflattenGemm : OpRewritePattern<ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ReshapeOp restore,
                                PatternRewriter &rewriter) const override {
    auto gemm = restore.getData().getDefiningOp<GemmOp>();
    if (!gemm || !gemm->hasOneUse() || gemm.getTransA() != 0 ||
        gemm.getAlpha().convertToFloat() != 1.0f ||
        gemm.getBeta().convertToFloat() != 1.0f)
      return rewriter.notifyMatchFailure(restore, "not a plain Gemm");
    auto flatten = gemm.getA().getDefiningOp<ReshapeOp>();
    if (!flatten)
      return rewriter.notifyMatchFailure(restore, "A is not a Reshape");
    Value x = flatten.getData();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto wType = dyn_cast<RankedTensorType>(gemm.getB().getType());
    auto outType = dyn_cast<RankedTensorType>(restore.getType());
    if (!xType || xType.getRank() < 3 || !wType || wType.getRank() != 2 ||
        !outType || outType.getRank() != xType.getRank())
      return rewriter.notifyMatchFailure(restore, "ranks do not fit");
    int64_t rank = xType.getRank();
    int64_t k = wType.getDimSize(gemm.getTransB() ? 1 : 0);
    int64_t n = wType.getDimSize(gemm.getTransB() ? 0 : 1);
    if (ShapedType::isDynamic(k) || ShapedType::isDynamic(n) ||
        (!xType.isDynamicDim(rank - 1) && xType.getDimSize(rank - 1) != k))
      return rewriter.notifyMatchFailure(restore, "K or N unknown");
    // The flatten: [-1, K] as a constant, or Concat(-1, X's last dim).
    bool flattens = false;
    if (std::optional<SmallVector<int64_t>> flat =
            shape::constantInts(flatten.getShape()))
      flattens = flat->size() == 2 && (*flat)[0] == -1 && (*flat)[1] == k;
    else if (auto pieces = flatten.getShape().getDefiningOp<ConcatOp>())
      if (pieces.getInputs().size() == 2) {
        std::optional<SmallVector<int64_t>> head =
            shape::constantInts(pieces.getInputs()[0]);
        flattens = head && head->size() == 1 && (*head)[0] == -1 &&
                   isDimOf(pieces.getInputs()[1], x, rank - 1);
      }
    if (!flattens)
      return rewriter.notifyMatchFailure(restore, "not a [-1, K] flatten");
    // C: absent, or a vector of N (what torch writes).
    Value c = gemm.getC();
    if (!shape::isNone(c)) {
      auto cType = dyn_cast<RankedTensorType>(c.getType());
      if (!cType || cType.getRank() != 1 || cType.getDimSize(0) != n)
        return rewriter.notifyMatchFailure(restore, "C is not a vector");
    }
    // The target: X's leading dims, then N.
    auto concat = restore.getShape().getDefiningOp<ConcatOp>();
    if (!concat || concat.getInputs().size() != static_cast<size_t>(rank))
      return rewriter.notifyMatchFailure(restore, "target not a Concat");
    for (int64_t i = 0; i < rank - 1; ++i)
      if (!isDimOf(concat.getInputs()[i], x, i))
        return rewriter.notifyMatchFailure(restore, "not X's leading dims");
    std::optional<SmallVector<int64_t>> last =
        shape::constantInts(concat.getInputs()[rank - 1]);
    if (!last || last->size() != 1 || (*last)[0] != n)
      return rewriter.notifyMatchFailure(restore, "last dim is not N");

    Location loc = gemm.getLoc();
    Value w = gemm.getB();
    if (gemm.getTransB()) {
      auto wt = RankedTensorType::get({wType.getDimSize(1), n},
                                      wType.getElementType());
      w = TransposeOp::create(rewriter, loc, wt, w,
                              rewriter.getDenseI64ArrayAttr({1, 0}));
    }
    Value product = MatMulOp::create(rewriter, loc, outType, x, w);
    if (!shape::isNone(c))
      product = AddOp::create(rewriter, loc, outType, product, c);
    rewriter.replaceOp(restore, product);
    return success();
  }
};

} // namespace

void x2p::ONNX::populateUnflattenedGemmPatterns(RewritePatternSet &patterns) {
  patterns.add<UnflattenGemm>(patterns.getContext());
}
