//===- IndexingSelect.cpp - ONNX NonZero, Trilu, Compress, ReverseSequence ===//
//
// Selections whose shape or pattern depends on data: NonZero (where_index,
// transposed to ONNX's [rank, count]), Trilu (tril_triu, or for a run-time
// k a comparison of col - row with k), Compress (where_index and gather)
// and ReverseSequence (take_along_axis at per-batch reversed indices).
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "IndexingUtils.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// NonZero: where_index gives [count, rank]; ONNX wants [rank, count].
struct NonZeroToWhereIndex : IndexingPattern<ONNX::NonZeroOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::NonZeroOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::WhereIndexOp::getOperationName(),
                                adaptor.getX(), failures)))
      return failure();
    auto inType = dyn_cast<RankedTensorType>(adaptor.getX().getType());
    if (!inType || inType.getRank() == 0)
      return failures.fail(op, "the input rank is unknown or 0 (where_index "
                               "needs rank >= 1)");
    Location loc = op.getLoc();
    int64_t rank = inType.getRank();
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t count = resultType.getRank() == 2 ? resultType.getDimSize(1)
                                              : ShapedType::kDynamic;
    Type i64 = rewriter.getI64Type();
    Value coords = Paddle::WhereIndexOp::create(
        rewriter, loc, RankedTensorType::get({count, rank}, i64),
        adaptor.getX());
    auto transpose = Paddle::Transpose2Op::create(
        rewriter, loc,
        TypeRange{RankedTensorType::get({rank, count}, i64),
                  RankedTensorType::get({0, count, rank}, i64)},
        coords, rewriter.getDenseI32ArrayAttr({1, 0}));
    rewriter.replaceOp(op, transpose.getOut());
    return success();
  }
};

/// Trilu: tril_triu for a constant k; a dynamic k (tril_triu takes the
/// diagonal as an attribute only) compares col - row with k and selects.
struct TriluToTrilTriu : IndexingPattern<ONNX::TriluOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::TriluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, "tril_triu and where",
                                Paddle::cpuKernelTypes<Paddle::TrilTriuOp>() &
                                    Paddle::cpuKernelTypes<Paddle::WhereOp>(),
                                adaptor.getInput(), failures)))
      return failure();
    auto inType = dyn_cast<RankedTensorType>(adaptor.getInput().getType());
    if (!inType || inType.getRank() < 2)
      return failures.fail(op, "the input rank is unknown or below 2");
    bool lower = op.getUpper() == 0;
    if (llvm::is_contained(inType.getShape(), 0)) {
      rewriter.replaceOpWithNewOp<Paddle::AssignOp>(op, op.getType(),
                                                    adaptor.getInput());
      return success();
    }
    int64_t k = 0;
    if (!isNone(adaptor.getK())) {
      auto constK = getConstantInts(adaptor.getK());
      if (!constK)
        return rewriteDynamicK(op, adaptor, rewriter, inType, lower);
      if (constK->size() != 1)
        return failures.fail(op, "k does not hold one value");
      k = saturateToI32((*constK)[0]);
    }
    rewriter.replaceOpWithNewOp<Paddle::TrilTriuOp>(
        op, op.getType(), adaptor.getInput(),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(k)),
        rewriter.getBoolAttr(lower));
    return success();
  }

  LogicalResult rewriteDynamicK(ONNX::TriluOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter,
                                RankedTensorType inType, bool lower) const {
    Location loc = op.getLoc();
    Type i64 = rewriter.getI64Type();
    int64_t rank = inType.getRank();
    Value input = adaptor.getInput();
    auto indices = [&](int64_t i) {
      return dimRange(rewriter, loc, input, i);
    };
    int64_t rows = inType.getDimSize(rank - 2), cols = inType.getDimSize(rank - 1);
    Value row = indices(rank - 2), col = indices(rank - 1);
    row = Paddle::Reshape2Op::create(
              rewriter, loc,
              TypeRange{RankedTensorType::get({rows, 1}, i64),
                        RankedTensorType::get({0, rows}, i64)},
              row, Value(), ValueRange{}, rewriter.getDenseI32ArrayAttr({-1, 1}))
              .getOut();
    auto planeType = RankedTensorType::get({rows, cols}, i64);
    Value diff = Paddle::ElementwiseSubOp::create(
        rewriter, loc, planeType, col, row, rewriter.getSI32IntegerAttr(-1));
    Value k = castTo(rewriter, loc, adaptor.getK(), i64);
    Type maskType = planeType.clone(rewriter.getI1Type());
    Value mask =
        lower ? Value(Paddle::LessEqualOp::create(rewriter, loc, maskType, diff,
                                                  k))
              : Value(Paddle::GreaterEqualOp::create(rewriter, loc, maskType,
                                                     diff, k));
    Value zeros = fillLike(rewriter, loc, input, 0.0);
    mask = broadcastAll(rewriter, loc, mask, inType.getShape(), input)[0];
    rewriter.replaceOpWithNewOp<Paddle::WhereOp>(op, op.getType(), mask, input,
                                                 zeros);
    return success();
  }
};

/// Compress: gather along the axis (of the flattened input without one)
/// at the coordinates where_index finds in the condition.
struct CompressToGather : IndexingPattern<ONNX::CompressOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::CompressOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::GatherOp::getOperationName(),
                                adaptor.getInput(), failures)))
      return failure();
    auto inType = dyn_cast<RankedTensorType>(adaptor.getInput().getType());
    auto condType =
        dyn_cast<RankedTensorType>(adaptor.getCondition().getType());
    if (!inType || !condType || condType.getRank() != 1)
      return failures.fail(op, "the input rank is unknown or the condition "
                               "is not 1-D");
    Location loc = op.getLoc();
    Type element = inType.getElementType();
    Type i64 = rewriter.getI64Type();
    auto flat = [&](Value v, int64_t size, Type type) -> Value {
      auto t = cast<RankedTensorType>(v.getType());
      SmallVector<int64_t> xshape{0};
      llvm::append_range(xshape, t.getShape());
      return Paddle::Reshape2Op::create(
                 rewriter, loc,
                 TypeRange{RankedTensorType::get({size}, type),
                           RankedTensorType::get(xshape, type)},
                 v, Value(), ValueRange{}, rewriter.getDenseI32ArrayAttr({-1}))
          .getOut();
    };
    Value input = adaptor.getInput();
    int64_t axis = 0;
    if (std::optional<int64_t> a = op.getAxis()) {
      FailureOr<int64_t> normalized = normalizedAxis(op, input, *a);
      if (failed(normalized))
        return failure();
      axis = *normalized;
    } else {
      int64_t numel = inType.hasStaticShape() ? inType.getNumElements()
                                              : ShapedType::kDynamic;
      input = flat(input, numel, element);
    }
    Value coords = Paddle::WhereIndexOp::create(
        rewriter, loc, RankedTensorType::get({ShapedType::kDynamic, 1}, i64),
        adaptor.getCondition());
    Value index = flat(coords, ShapedType::kDynamic, i64);
    rewriter.replaceOpWithNewOp<Paddle::GatherOp>(
        op, op.getType(), input, index, Value(),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(axis)));
    return success();
  }
};

/// ReverseSequence: take_along_axis over time at index len - 1 - t where
/// t < len (else t), per batch entry, broadcast over the other dims.
struct ReverseSequenceToTakeAlongAxis
    : IndexingPattern<ONNX::ReverseSequenceOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::ReverseSequenceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::TakeAlongAxisOp::getOperationName(),
                                adaptor.getInput(), failures)))
      return failure();
    auto inType = dyn_cast<RankedTensorType>(adaptor.getInput().getType());
    if (!inType || inType.getRank() < 2)
      return failures.fail(op, "the input rank is unknown or below 2");
    int64_t timeAxis = op.getTimeAxis(), batchAxis = op.getBatchAxis();
    if (!((timeAxis == 0 && batchAxis == 1) ||
          (timeAxis == 1 && batchAxis == 0)))
      return failures.fail(op, "time_axis and batch_axis must be 0 and 1");
    Location loc = op.getLoc();
    Type i64 = rewriter.getI64Type(), i1 = rewriter.getI1Type();
    int64_t rank = inType.getRank();
    Value input = adaptor.getInput();
    int64_t times = inType.getDimSize(timeAxis),
            batch = inType.getDimSize(batchAxis);
    // The [time, batch] (or [batch, time]) plane of indices.
    SmallVector<int64_t> plane(2), timeShape(2, 1), lenShape(2, 1);
    plane[timeAxis] = times;
    plane[batchAxis] = batch;
    timeShape[timeAxis] = times;
    lenShape[batchAxis] = batch;
    auto reshape = [&](Value v, ArrayRef<int64_t> shape) -> Value {
      auto t = cast<RankedTensorType>(v.getType());
      SmallVector<int32_t> dims;
      for (int64_t d : shape)
        dims.push_back(d == 1 ? 1 : -1);
      SmallVector<int64_t> xshape{0};
      llvm::append_range(xshape, t.getShape());
      return Paddle::Reshape2Op::create(
                 rewriter, loc,
                 TypeRange{RankedTensorType::get(shape, i64),
                           RankedTensorType::get(xshape, i64)},
                 v, Value(), ValueRange{}, rewriter.getDenseI32ArrayAttr(dims))
          .getOut();
    };
    Value t = reshape(dimRange(rewriter, loc, input, timeAxis), timeShape);
    Value len = reshape(castTo(rewriter, loc, adaptor.getSequenceLens(), i64),
                        lenShape);
    auto planeType = RankedTensorType::get(plane, i64);
    Value inside = Paddle::LessThanOp::create(
        rewriter, loc, planeType.clone(i1), t, len);
    Value last = Paddle::ScaleOp::create(
        rewriter, loc, len.getType(), len, Value(), Value(),
        rewriter.getF32FloatAttr(1.0f), rewriter.getF32FloatAttr(-1.0f),
        rewriter.getBoolAttr(true));
    Value reversed = Paddle::ElementwiseSubOp::create(
        rewriter, loc, planeType, last, t, rewriter.getSI32IntegerAttr(-1));
    SmallVector<Value> operands =
        broadcastAll(rewriter, loc, {inside, reversed, t}, plane);
    Value index = Paddle::WhereOp::create(rewriter, loc, planeType,
                                          operands[0], operands[1],
                                          operands[2]);
    if (rank > 2) {
      SmallVector<int32_t> axes;
      SmallVector<int64_t> shape(plane);
      for (int64_t i = 2; i < rank; ++i) {
        axes.push_back(static_cast<int32_t>(i));
        shape.push_back(1);
      }
      index = Paddle::Unsqueeze2Op::create(
                  rewriter, loc,
                  TypeRange{RankedTensorType::get(shape, i64),
                            RankedTensorType::get(
                                {0, plane[0], plane[1]}, i64)},
                  index, Value(), ValueRange{},
                  rewriter.getDenseI32ArrayAttr(axes))
                  .getOut();
    }
    index = broadcastAll(rewriter, loc, index, inType.getShape(), input)[0];
    rewriter.replaceOpWithNewOp<Paddle::TakeAlongAxisOp>(
        op, op.getType(), input, index,
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(timeAxis)));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateIndexingSelectPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<NonZeroToWhereIndex, TriluToTrilTriu, CompressToGather,
               ReverseSequenceToTakeAlongAxis>(converter, patterns.getContext(),
                                               failures);
}
