//===- Reduction.cpp - ONNX reductions → paddle ---------------------------===//
//
// Reduce* map to reduce_* (and ReduceLogSumExp to logsumexp, which
// subtracts the max first as ONNX's reference does), with the composite
// ones built around them: L1 = sum(|x|), L2 = sqrt(sum(x * x)),
// SumSquare = sum(x * x), LogSum = log(sum(x)). The axes are an input
// since opset 18 (the importer moves older attributes there); constant
// ones become the `dim` attribute. Empty axes reduce everything, or
// nothing with noop_with_empty_axes, in which case ONNX still applies the
// elementwise part (|x| for L1, x * x for SumSquare, ...), exactly as its
// reference implementation does.
//
// Axes known only at run time: Paddle 3.3.1's one reduction that reads
// them from a tensor is nansum (reduce_amax/amin/any declare AxisTensor,
// but their kernels ignore it). So the sum-based reductions (Sum, L1, L2,
// SumSquare, LogSum, LogSumExp as log(sum(exp(x))), Mean as
// sum * size(out) / size(in)) take that route, with NaNs put back: nansum
// of isnan(x) counts them, and adding sqrt(-count) adds exactly 0 where
// there are none and NaN where there are. Max, Min and Prod need constant
// axes.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "MathKernels.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// What is applied before and after the reduction.
enum class Pre { None, Abs, Square };
enum class Post { None, Sqrt, Log };
/// What a reduction over axes known only at run time is built from.
enum class Dynamic { No, Sum, Mean, LogSumExp };

/// The sum over the run-time `axes` by nansum, NaNs kept (see the header).
Value dynamicSum(ConversionPatternRewriter &rewriter, Location loc, Value x,
                 Value axes, bool keepDim, Type type) {
  auto nansum = [&](Value v) -> Value {
    return Paddle::NansumOp::create(
        rewriter, loc, type, v, axes, /*AxisTensorList=*/ValueRange{},
        rewriter.getDenseI64ArrayAttr({}), rewriter.getSI32IntegerAttr(-1),
        rewriter.getBoolAttr(keepDim));
  };
  Value sum = nansum(x);
  Type element = elementTypeOf(type);
  if (!isa<FloatType>(element))
    return sum;
  Value isNaN = Paddle::IsnanV2Op::create(
      rewriter, loc, withElementType(x.getType(), rewriter.getI1Type()), x);
  Value count = nansum(castElements(rewriter, loc, isNaN, element));
  Value negated = Paddle::ScaleOp::create(
      rewriter, loc, type, count, /*ScaleTensor=*/Value(),
      /*BiasTensor=*/Value(), rewriter.getF32FloatAttr(-1.0f),
      rewriter.getF32FloatAttr(0.0f), rewriter.getBoolAttr(true));
  Value nanOrZero = Paddle::SqrtOp::create(rewriter, loc, type, negated);
  return Paddle::ElementwiseAddOp::create(rewriter, loc, type, sum, nanOrZero,
                                          rewriter.getSI32IntegerAttr(-1));
}

/// sum * size(sum) / size(x): the mean over run-time axes.
Value meanOfSum(ConversionPatternRewriter &rewriter, Location loc, Value sum,
                Value x) {
  Type element = elementTypeOf(sum);
  auto scalar = RankedTensorType::get({}, element);
  auto sizeOf = [&](Value v) {
    return castElements(
        rewriter, loc,
        Paddle::SizeOp::create(rewriter, loc,
                               RankedTensorType::get({}, rewriter.getI64Type()),
                               v),
        element);
  };
  // Built one after the other: argument order is unspecified in C++.
  Value outSize = sizeOf(sum);
  Value inSize = sizeOf(x);
  Value ratio = Paddle::ElementwiseDivOp::create(
      rewriter, loc, scalar, outSize, inSize, rewriter.getSI32IntegerAttr(-1));
  return Paddle::ElementwiseMulOp::create(rewriter, loc, sum.getType(), sum,
                                          ratio, rewriter.getSI32IntegerAttr(-1));
}

/// The element types every kernel of the lowering has: ReduceOp's and
/// those of the ops `pre` and `post` add. (reduce_sum's set leaves int32
/// out, as its kernel yields int64 from it: int32 sums run on int64 and are
/// cast back, which wraps as ONNX's int32 sum does.)
template <typename ReduceOp> unsigned reduceKernelTypes(Pre pre, Post post) {
  using namespace Paddle;
  unsigned types = cpuKernelTypes<ReduceOp>();
  if (pre == Pre::Abs)
    types &= cpuKernelTypes<AbsOp>();
  else if (pre == Pre::Square)
    types &= cpuKernelTypes<ElementwiseMulOp>();
  if (post == Post::Sqrt)
    types &= cpuKernelTypes<SqrtOp>();
  else if (post == Post::Log)
    types &= cpuKernelTypes<LogOp>();
  return types;
}

template <typename SourceOp, typename ReduceOp, Pre pre = Pre::None,
          Post post = Post::None, Dynamic dynamic = Dynamic::No>
struct ReduceToReduce : ReportingPattern<SourceOp> {
  using ReportingPattern<SourceOp>::ReportingPattern;
  using ReportingPattern<SourceOp>::failures;

  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value data = adaptor.getData();
    auto inputType = dyn_cast<RankedTensorType>(data.getType());
    if (!inputType)
      return failures.fail(op, "the input's rank is unknown");
    int64_t rank = inputType.getRank();
    SmallVector<int64_t> axes;
    Value runTimeAxes;
    if (!isNone(op.getAxes())) {
      std::optional<SmallVector<int64_t>> constant =
          getConstantInts(adaptor.getAxes());
      if (constant) {
        axes = *constant;
      } else if (dynamic == Dynamic::No) {
        return failures.fail(
            op, "the axes are not a constant (Paddle's " +
                    ReduceOp::getOperationName().drop_front(7) +
                    " takes them only as an attribute)");
      } else if (op.getNoopWithEmptyAxes() != 0) {
        return failures.fail(op, "noop_with_empty_axes = 1 with axes known "
                                 "only at run time");
      } else {
        runTimeAxes = adaptor.getAxes();
      }
    }
    bool noop = axes.empty() && op.getNoopWithEmptyAxes() != 0;
    SmallVector<int32_t> dims;
    for (int64_t axis : axes) {
      if (axis < -std::max<int64_t>(rank, 1) || axis >= std::max<int64_t>(rank, 1))
        return failures.fail(op, "axis " + Twine(axis) + " is out of range");
      int32_t dim = static_cast<int32_t>(axis < 0 ? axis + rank : axis);
      if (!llvm::is_contained(dims, dim))
        dims.push_back(dim);
    }
    bool reduceAll = !noop && (axes.empty() ||
                               static_cast<int64_t>(dims.size()) == rank);
    if (reduceAll) {
      dims.clear();
      for (int64_t i = 0; i < rank; ++i)
        dims.push_back(static_cast<int32_t>(i));
    }
    if (runTimeAxes && dynamic == Dynamic::Mean &&
        !isa<FloatType>(inputType.getElementType()))
      return failures.fail(op, "an integer mean over axes known only at run "
                               "time is not converted");
    bool keepDim = op.getKeepdims() != 0;
    Location loc = op.getLoc();
    Type resultType = op->getResult(0).getType();

    Value result = buildWithKernel(
        rewriter, op, failures,
        {ReduceOp::getOperationName(), reduceKernelTypes<ReduceOp>(pre, post)},
        inputType.getElementType(), data, resultType,
        [&](ValueRange operands, Type type) -> Value {
          Value x = operands[0];
          if (pre == Pre::Abs)
            x = Paddle::AbsOp::create(rewriter, loc, x.getType(), x);
          else if (pre == Pre::Square)
            x = Paddle::ElementwiseMulOp::create(rewriter, loc, x.getType(), x,
                                                 x, rewriter.getSI32IntegerAttr(-1));
          if (runTimeAxes) {
            Value input = x;
            if (dynamic == Dynamic::LogSumExp)
              x = Paddle::ExpOp::create(rewriter, loc, x.getType(), x);
            x = dynamicSum(rewriter, loc, x, runTimeAxes, keepDim, type);
            if (dynamic == Dynamic::Mean)
              x = meanOfSum(rewriter, loc, x, input);
            if (dynamic == Dynamic::LogSumExp)
              x = Paddle::LogOp::create(rewriter, loc, type, x);
          } else if (noop) {
            if (pre == Pre::None && post == Post::None)
              x = Paddle::AssignOp::create(rewriter, loc, type, x);
          } else {
            x = ReduceOp::create(rewriter, loc, type, x,
                                 rewriter.getDenseI32ArrayAttr(dims),
                                 rewriter.getBoolAttr(keepDim),
                                 rewriter.getBoolAttr(reduceAll));
          }
          if (post == Post::Sqrt)
            x = Paddle::SqrtOp::create(rewriter, loc, type, x);
          else if (post == Post::Log)
            x = Paddle::LogOp::create(rewriter, loc, type, x);
          return x;
        });
    return this->replaceOrFail(rewriter, op, result);
  }
};

} // namespace

void x2p::onnx_to_paddle::populateReductionPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  using namespace Paddle;
  patterns.add<ReduceToReduce<ONNX::ReduceSumOp, ReduceSumOp, Pre::None,
                              Post::None, Dynamic::Sum>,
               ReduceToReduce<ONNX::ReduceMeanOp, ReduceMeanOp, Pre::None,
                              Post::None, Dynamic::Mean>,
               ReduceToReduce<ONNX::ReduceMaxOp, ReduceMaxOp>,
               ReduceToReduce<ONNX::ReduceMinOp, ReduceMinOp>,
               ReduceToReduce<ONNX::ReduceProdOp, ReduceProdOp>,
               ReduceToReduce<ONNX::ReduceL1Op, ReduceSumOp, Pre::Abs,
                              Post::None, Dynamic::Sum>,
               ReduceToReduce<ONNX::ReduceL2Op, ReduceSumOp, Pre::Square,
                              Post::Sqrt, Dynamic::Sum>,
               ReduceToReduce<ONNX::ReduceSumSquareOp, ReduceSumOp, Pre::Square,
                              Post::None, Dynamic::Sum>,
               ReduceToReduce<ONNX::ReduceLogSumOp, ReduceSumOp, Pre::None,
                              Post::Log, Dynamic::Sum>,
               ReduceToReduce<ONNX::ReduceLogSumExpOp, LogsumexpOp, Pre::None,
                              Post::None, Dynamic::LogSumExp>>(
      converter, patterns.getContext(), failures);
}
