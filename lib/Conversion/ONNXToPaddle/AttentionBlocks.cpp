//===- AttentionBlocks.cpp - RMSNormalization, RotaryEmbedding → paddle ---===//
//
// The per-token transforms around attention (opset 23): Paddle 3.3.1 has
// no CPU kernel of a fused RMS norm or rotary embedding, so both are
// decomposed (reduce_mean/rsqrt; slice/concat with the cos/sin rows looked
// up by lookup_table_v2) as ONNX's function body and reference compute
// them, f16/bf16 in float32.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "AttentionCommon.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;
using namespace x2p::onnx_to_paddle::attention;

namespace {

/// RMSNormalization: X * rsqrt(mean(X^2 over dims axis..) + epsilon) in the
/// stash type, cast back to X's type, times scale (numpy broadcast).
struct RMSNormalizationToPaddle : ReportingPattern<ONNX::RMSNormalizationOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::RMSNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    auto sType = rankedType(adaptor.getScale());
    if (!xType || !sType)
      return failures.fail(op, "X and scale must have known ranks");
    int64_t rank = xType.getRank();
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + rank : op.getAxis();
    if (axis < 0 || axis >= rank)
      return failures.fail(op, "axis out of range");
    if (!broadcastsTo(sType.getShape(), xType.getShape()))
      return failures.fail(op, "scale does not broadcast to X's shape");
    Type xElem = xType.getElementType();
    // stash_type 1 (float32) is what the spec's function body and the
    // reference compute in; a stash type equal to X's own type is the same
    // arithmetic without the casts.
    Type stash;
    int64_t stashType = op.getStashType();
    if (stashType == 1)
      stash = rewriter.getF32Type();
    else if (stashType == 11 && xElem.isF64())
      stash = xElem;
    else
      return failures.fail(op, "stash_type " + Twine(stashType) +
                                   " is not converted (only 1, float32, or "
                                   "11 with double X)");
    OpBuild b{rewriter, op.getLoc()};
    Value x = b.castTo(adaptor.getX(), stash);
    auto [axes, statShape] = normalizedDims(xType, axis);
    Value square = b.mul(x, x);
    Value mean = Paddle::ReduceMeanOp::create(
        rewriter, b.loc, b.type(statShape, stash), square,
        rewriter.getDenseI32ArrayAttr(axes), rewriter.getBoolAttr(true),
        rewriter.getBoolAttr(false));
    Value shifted = b.scale(mean, 1.0, op.getEpsilon().convertToDouble());
    Value inv =
        Paddle::RsqrtOp::create(rewriter, b.loc, shifted.getType(), shifted);
    Value normalized = b.castTo(b.mul(x, inv), xElem);
    // The scale multiplies in X's type: an f16 product computed in f32 and
    // rounded once by the cast back is the correctly rounded f16 product.
    Type mulType = computeFloat(xElem);
    Value lhs = b.castTo(normalized, mulType);
    Value y = b.mul(lhs, b.castTo(adaptor.getScale(), mulType));
    rewriter.replaceOp(op, b.finish(y, op.getY()));
    return success();
  }
};

/// The static facts of a RotaryEmbedding the checks establish: X's type
/// and rank, its head count (3-D X) and head size, the rotated features
/// and half of them, and whether position_ids is given.
struct RotaryShape {
  RankedTensorType xType;
  int64_t rank, heads, headSize, rotary, half;
  bool hasIds;
};

/// Checks everything static before anything is built: ranks, head counts
/// and sizes, and that the cos/sin rows broadcast to the rotated halves.
FailureOr<RotaryShape> checkRotary(ONNX::RotaryEmbeddingOp op,
                                   ONNX::RotaryEmbeddingOp::Adaptor adaptor,
                                   Failures &failures) {
  auto xType = rankedType(adaptor.getX());
  auto cosType = rankedType(adaptor.getCosCache());
  auto sinType = rankedType(adaptor.getSinCache());
  if (!xType || !cosType || !sinType)
    return failures.fail(op, "X and the caches must have known ranks");
  int64_t rank = xType.getRank();
  if (rank != 3 && rank != 4)
    return failures.fail(op, "X must be 3-D or 4-D");
  Value ids = adaptor.getPositionIds();
  bool hasIds = isPresent(ids);
  int64_t cacheRank = hasIds ? 2 : 3;
  if (cosType.getRank() != cacheRank || sinType.getRank() != cacheRank)
    return failures.fail(op, hasIds ? "with position_ids the caches must "
                                      "be 2-D"
                                    : "without position_ids the caches "
                                      "must be 3-D");
  if (hasIds && (!rankedType(ids) || rankedType(ids).getRank() != 2))
    return failures.fail(op, "position_ids must be 2-D");
  int64_t heads = 0, headSize = xType.getShape().back();
  if (rank == 3) {
    heads = op.getNumHeads().value_or(0);
    if (heads < 1 || heads > INT32_MAX || ShapedType::isDynamic(headSize) ||
        headSize % heads != 0)
      return failures.fail(op, "3-D X needs num_heads dividing a static "
                               "hidden size");
    headSize /= heads;
  }
  if (ShapedType::isDynamic(headSize) || headSize > INT32_MAX)
    return failures.fail(op, "the head size must be static");
  int64_t rotary = op.getRotaryEmbeddingDim();
  if (rotary == 0)
    rotary = headSize;
  if (rotary < 0 || rotary > headSize || rotary % 2 != 0)
    return failures.fail(op, "rotary_embedding_dim must be even and at "
                             "most the head size");
  int64_t half = rotary / 2;
  if (cosType.getShape().back() != half || sinType.getShape().back() != half)
    return failures.fail(op, "the caches' last dim must be "
                             "rotary_embedding_dim / 2, statically");
  // The cos/sin rows, [B, S, half] with a 1 for the heads, must
  // broadcast to the rotated halves.
  SmallVector<int64_t> halves(xType.getShape());
  if (rank == 3)
    halves = {halves[0], halves[1], heads, half};
  halves.back() = half;
  for (RankedTensorType cache : {cosType, sinType}) {
    SmallVector<int64_t> rowShape =
        hasIds ? SmallVector<int64_t>(rankedType(ids).getShape())
               : SmallVector<int64_t>(cache.getShape().drop_back());
    rowShape.insert(rowShape.begin() + (rank == 4 ? 1 : 2), 1);
    rowShape.push_back(half);
    if (!broadcastsTo(rowShape, halves))
      return failures.fail(op, "the cos/sin rows do not match X's batch "
                               "and sequence dims");
  }
  return RotaryShape{xType, rank, heads, headSize, rotary, half, hasIds};
}

/// RotaryEmbedding, as op_rotary_embedding.py computes it: the first
/// rotary_embedding_dim features of each head rotated by the cos/sin rows
/// of each position (looked up by position_ids, an embedding lookup), in
/// halves or interleaved pairs, the rest passed through.
struct RotaryEmbeddingToPaddle : ReportingPattern<ONNX::RotaryEmbeddingOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::RotaryEmbeddingOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    FailureOr<RotaryShape> shape = checkRotary(op, adaptor, failures);
    if (failed(shape))
      return failure();
    RankedTensorType xType = shape->xType;
    int64_t rank = shape->rank, heads = shape->heads;
    int64_t headSize = shape->headSize, rotary = shape->rotary;
    int64_t half = shape->half;
    bool hasIds = shape->hasIds;
    Value ids = adaptor.getPositionIds();
    Type xElem = xType.getElementType();
    Type c = computeFloat(xElem);
    OpBuild b{rewriter, op.getLoc()};

    // X as [B, H, S, D] (4-D) or [B, S, H, D] (3-D, heads split); the
    // caches as [B, S, half] with a 1 for the heads.
    Value x = b.castTo(adaptor.getX(), c);
    if (rank == 3) {
      SmallVector<int64_t> d = b.dims(x);
      x = b.reshapeTo(
          x,
          {0, 0, static_cast<int32_t>(heads), static_cast<int32_t>(headSize)},
          {d[0], d[1], heads, headSize});
    }
    int32_t headAxis = rank == 4 ? 1 : 2;
    auto rows = [&](Value cache) {
      cache = b.castTo(cache, c);
      if (hasIds) {
        SmallVector<int64_t> shape = b.dims(ids);
        shape.push_back(half);
        cache = Paddle::LookupTableV2Op::create(
            rewriter, b.loc, b.type(shape, c), ids, cache,
            rewriter.getIntegerAttr(
                rewriter.getIntegerType(64, /*isSigned=*/true), -1));
      }
      return unsqueeze(rewriter, b.loc, cache, {headAxis});
    };
    Value cosRows = rows(adaptor.getCosCache());
    Value sinRows = rows(adaptor.getSinCache());

    auto slice = [&](Value v, int32_t axis, int64_t from, int64_t to,
                     bool drop) {
      SmallVector<int64_t> d = b.dims(v);
      d[axis] = to - from;
      if (drop)
        d.erase(d.begin() + axis);
      return Paddle::SliceOp::create(
          rewriter, b.loc, b.type(d, c), v, Value(), Value(), ValueRange{},
          ValueRange{}, rewriter.getDenseI32ArrayAttr({axis}),
          rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(from)}),
          rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(to)}),
          rewriter.getDenseI32ArrayAttr({1}),
          rewriter.getDenseI32ArrayAttr(drop ? ArrayRef<int32_t>{axis}
                                             : ArrayRef<int32_t>{}));
    };
    Value rotated = rotary == headSize ? x : slice(x, 3, 0, rotary, false);
    Value x1, x2;
    SmallVector<int64_t> rd = b.dims(rotated);
    if (op.getInterleaved() != 0) {
      // Pairs (x[2i], x[2i+1]) as a trailing dim of 2.
      Value pairs =
          b.reshapeTo(rotated, {0, 0, 0, static_cast<int32_t>(half), 2},
                      {rd[0], rd[1], rd[2], half, 2});
      x1 = slice(pairs, 4, 0, 1, true);
      x2 = slice(pairs, 4, 1, 2, true);
    } else {
      x1 = slice(rotated, 3, 0, half, false);
      x2 = slice(rotated, 3, half, rotary, false);
    }
    auto sub = [&](Value l, Value r) {
      return Paddle::ElementwiseSubOp::create(
          rewriter, b.loc, l.getType(), l, r, rewriter.getSI32IntegerAttr(-1));
    };
    // The products broadcast the caches over the heads.
    Value x1Cos = b.mul(x1, cosRows);
    Value real = sub(x1Cos, b.mul(x2, sinRows));
    Value x1Sin = b.mul(x1, sinRows);
    Value imag = b.add(x1Sin, b.mul(x2, cosRows));
    Value out;
    if (op.getInterleaved() != 0) {
      Value realPairs = unsqueeze(rewriter, b.loc, real, {4});
      Value pairs =
          b.concat({realPairs, unsqueeze(rewriter, b.loc, imag, {4})}, 4);
      out = b.reshapeTo(pairs, {0, 0, 0, static_cast<int32_t>(rotary)}, rd);
    } else {
      out = b.concat({real, imag}, 3);
    }
    if (rotary != headSize) {
      Value passed = slice(x, 3, rotary, headSize, false);
      out = b.concat({out, passed}, 3);
    }
    if (rank == 3) {
      SmallVector<int64_t> d = b.dims(out);
      out = b.reshapeTo(out, {0, 0, static_cast<int32_t>(heads * headSize)},
                        {d[0], d[1], heads * headSize});
    }
    rewriter.replaceOp(op, b.finish(out, op.getY()));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateAttentionBlockPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<RMSNormalizationToPaddle, RotaryEmbeddingToPaddle>(
      converter, patterns.getContext(), failures);
}
