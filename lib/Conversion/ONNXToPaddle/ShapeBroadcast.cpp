//===- ShapeBroadcast.cpp - ONNX Expand and Tile → paddle -----------------===//
//
// ONNX's Expand broadcasts in both directions: a 1 in the target keeps the
// input's dim, and the target may have fewer dims than the input. Paddle's
// expand_v2 broadcasts the input to the target only, keeping the input's
// dim for -1 and rejecting a 1 where the input dim is larger. A constant
// target therefore becomes the attribute with the input's dim (-1 when
// dynamic) for each 1 that lines up with an input dim; a dynamic one becomes
// the broadcast shape computed at run time, where(input dim == 1, target dim,
// input dim), which is exact for every valid pair except an empty target dim,
// which expand_v2 rejects at run time.
//
// Tile repeats map to tile's repeat_times, or its RepeatTimes tensor.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "ShapeCommon.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <climits>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// `vector` (1-D int64 of `size` elements) with `count` leading ones.
Value padWithOnes(OpBuilder &b, Location loc, Value vector, int64_t size,
                  int64_t count) {
  if (count == 0)
    return vector;
  Type i64 = b.getI64Type();
  Value ones = filledTensor(b, loc, {count}, i64, 1);
  return Paddle::ConcatOp::create(
      b, loc, RankedTensorType::get({size + count}, i64),
      ValueRange{ones, vector}, Value(), b.getSI32IntegerAttr(0));
}

struct ExpandToExpandV2 : ReportingPattern<ONNX::ExpandOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::ExpandOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, "an element type Paddle has no tensor type for");
    Location loc = op.getLoc();
    Value x = adaptor.getInput();
    auto input = dyn_cast<RankedTensorType>(x.getType());
    if (!input)
      return failures.fail(op, "the input rank is unknown");
    int64_t rank = input.getRank();
    if (std::optional<SmallVector<int64_t>> shape =
            getConstantInts(adaptor.getShape())) {
      int64_t outRank = std::max<int64_t>(rank, shape->size());
      SmallVector<int64_t> target(outRank - shape->size(), 1);
      llvm::append_range(target, *shape);
      SmallVector<int32_t> attr;
      bool keepsDynamicDim = false;
      for (auto [i, dim] : llvm::enumerate(target)) {
        int64_t inputDim = static_cast<int64_t>(i) - (outRank - rank);
        if (dim <= 0 || dim > INT32_MAX)
          return failures.fail(op, "a target dim is 0 (an empty result), "
                                   "negative or beyond int32");
        if (dim != 1 || inputDim < 0) {
          attr.push_back(static_cast<int32_t>(dim));
        } else if (!input.isDynamicDim(inputDim) &&
                   input.getDimSize(inputDim) <= INT32_MAX) {
          attr.push_back(static_cast<int32_t>(input.getDimSize(inputDim)));
        } else {
          attr.push_back(-1);
          keepsDynamicDim = true;
        }
      }
      // oneDNN's expand_v2 kernel (Paddle's CPU default) resolves -1
      // against X's dims without aligning them to the right, so X first
      // gets the output's rank.
      if (keepsDynamicDim && outRank > rank) {
        if (failed(checkKernelTypes(
                op, Paddle::Unsqueeze2Op::getOperationName(), input, failures)))
          return failure();
        SmallVector<int64_t> dims(outRank - rank, 1);
        llvm::append_range(dims, input.getShape());
        SmallVector<int32_t> axes;
        for (int64_t i = 0; i < outRank - rank; ++i)
          axes.push_back(static_cast<int32_t>(i));
        x = Paddle::Unsqueeze2Op::create(
                rewriter, loc, input.clone(dims), xshapeTypeOf(input), x,
                Value(), ValueRange{}, rewriter.getDenseI32ArrayAttr(axes))
                .getOut();
      }
      rewriter.replaceOpWithNewOp<Paddle::ExpandV2Op>(
          op, op.getType(), x, Value(), ValueRange{},
          rewriter.getDenseI32ArrayAttr(attr));
      return success();
    }
    auto shapeType = dyn_cast<RankedTensorType>(adaptor.getShape().getType());
    if (!shapeType || shapeType.getRank() != 1 || shapeType.isDynamicDim(0))
      return failures.fail(op, "the target shape's length is unknown");
    // shapeTensorOf reads float types the kernel lacks through an f32 copy.
    if (!isa<FloatType>(input.getElementType()) &&
        failed(checkKernelTypes(op, Paddle::ShapeOp::getOperationName(), input,
                                failures)))
      return failure();
    int64_t length = shapeType.getDimSize(0);
    int64_t outRank = std::max(rank, length);
    Type i64 = rewriter.getI64Type();
    auto vectorType = RankedTensorType::get({outRank}, i64);
    Value dims =
        padWithOnes(rewriter, loc, shapeTensorOf(rewriter, loc, x, i64), rank,
                    outRank - rank);
    Value target = padWithOnes(rewriter, loc, adaptor.getShape(), length,
                               outRank - length);
    Value isOne = Paddle::EqualOp::create(
        rewriter, loc, RankedTensorType::get({outRank}, rewriter.getI1Type()),
        dims, filledTensor(rewriter, loc, {outRank}, i64, 1),
        rewriter.getSI32IntegerAttr(-1));
    Value broadcast =
        Paddle::WhereOp::create(rewriter, loc, vectorType, isOne, target, dims);
    rewriter.replaceOpWithNewOp<Paddle::ExpandV2Op>(
        op, op.getType(), x, broadcast, ValueRange{},
        rewriter.getDenseI32ArrayAttr({}));
    return success();
  }
};

struct TileToTile : ReportingPattern<ONNX::TileOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::TileOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, "an element type Paddle has no tensor type for");
    if (failed(checkKernelTypes(op, Paddle::TileOp::getOperationName(),
                                adaptor.getInput(), failures)))
      return failure();
    if (std::optional<SmallVector<int64_t>> repeats =
            getConstantInts(adaptor.getRepeats())) {
      SmallVector<int32_t> attr;
      for (int64_t r : *repeats) {
        if (r <= 0 || r > INT32_MAX)
          return failures.fail(op, "a repeat count is 0 (an empty result), "
                                   "negative or beyond int32");
        attr.push_back(static_cast<int32_t>(r));
      }
      rewriter.replaceOpWithNewOp<Paddle::TileOp>(
          op, op.getType(), adaptor.getInput(), Value(), ValueRange{},
          rewriter.getDenseI32ArrayAttr(attr));
      return success();
    }
    rewriter.replaceOpWithNewOp<Paddle::TileOp>(
        op, op.getType(), adaptor.getInput(), adaptor.getRepeats(),
        ValueRange{}, rewriter.getDenseI32ArrayAttr({}));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateShapeBroadcastPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<ExpandToExpandV2, TileToTile>(converter, patterns.getContext(),
                                             failures);
}
