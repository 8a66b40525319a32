//===- NN.cpp - ONNX softmax-like ops, Clip, PRelu, Shrink → paddle -------===//
//
// Softmax and LogSoftmax at opset >= 13 normalize along one axis, exactly
// Paddle's softmax/log_softmax(axis). PRelu's slope picks Paddle's
// "all"/"channel"/"element" mode by shape and falls back to relu arithmetic
// for other broadcasts. Clip's bounds are attributes when constant,
// elementwise max/min otherwise. Hardmax is the one-hot of arg_max. Shrink
// is hard_shrink or softshrink where its bias makes it one of them. The
// activations that map one to one are in Activations.cpp.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "NNCommon.h"
#include "Patterns.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <cfloat>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;

namespace {

template <typename SourceOp, typename TargetOp>
struct SoftmaxLikeToSoftmax : OpConversionPattern<SourceOp> {
  using OpConversionPattern<SourceOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<TargetOp>(
        op, op.getType(), adaptor.getInput(),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(op.getAxis())));
    return success();
  }
};

/// Clip: constant bounds as attributes, dynamic ones as elementwise ops.
struct ClipToClip : ReportingPattern<ONNX::ClipOp> {
  using ReportingPattern<ONNX::ClipOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::ClipOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type element = getElementTypeOrSelf(op.getType());
    bool isFloat = isa<FloatType>(element);
    if (!isFloat && !element.isSignlessInteger(32) &&
        !element.isSignlessInteger(64))
      return failures.fail(op, "Paddle's clip takes float, int32 and int64 "
                               "tensors only");
    float bounds[2] = {-FLT_MAX, FLT_MAX};
    Value tensors[2];
    Value inputs[2] = {adaptor.getMin(), adaptor.getMax()};
    for (int i = 0; i < 2; ++i) {
      Value v = inputs[i];
      if (isNone(v)) {
        if (!isFloat)
          return failures.fail(op, "an absent bound of an integer Clip has "
                                   "no exact float attribute");
        continue;
      }
      if (isFloat) {
        if (auto c = getConstantFloats(v); c && c->size() == 1) {
          bounds[i] = static_cast<float>((*c)[0]);
          continue;
        }
      } else if (auto c = getConstantInts(v); c && c->size() == 1) {
        float f = static_cast<float>((*c)[0]);
        if (static_cast<double>(f) != static_cast<double>((*c)[0]))
          return failures.fail(op, "an integer bound is not exact as float");
        bounds[i] = f;
        continue;
      }
      tensors[i] = v;
    }
    if (tensors[0] || tensors[1]) {
      // min(max(X, min), max), ONNX's definition, also where a run-time
      // min exceeds max (Paddle's clip kernel rejects that).
      Location loc = op.getLoc();
      Type type = op.getType();
      auto numpy = rewriter.getSI32IntegerAttr(-1);
      Value y = adaptor.getInput();
      if (!isNone(inputs[0]))
        y = Paddle::ElementwiseMaxOp::create(rewriter, loc, type, y,
                                             inputs[0], numpy);
      if (!isNone(inputs[1]))
        y = Paddle::ElementwiseMinOp::create(rewriter, loc, type, y,
                                             inputs[1], numpy);
      rewriter.replaceOp(op, y);
      return success();
    }
    // ONNX: every value becomes max when min > max.
    if (bounds[0] > bounds[1])
      bounds[0] = bounds[1];
    rewriter.replaceOpWithNewOp<Paddle::ClipOp>(
        op, op.getType(), adaptor.getInput(), tensors[0], tensors[1],
        rewriter.getF32FloatAttr(bounds[0]),
        rewriter.getF32FloatAttr(bounds[1]));
    return success();
  }
};

/// Shrink: hard_shrink when bias is 0, softshrink when bias equals lambd.
struct ShrinkToShrink : ReportingPattern<ONNX::ShrinkOp> {
  using ReportingPattern<ONNX::ShrinkOp>::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::ShrinkOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isa<FloatType>(getElementTypeOrSelf(op.getType())))
      return failures.fail(op, "Paddle's shrink ops take floating-point "
                               "tensors only");
    float bias = op.getBias().convertToFloat();
    float lambd = op.getLambd().convertToFloat();
    if (bias == 0.0f) {
      rewriter.replaceOpWithNewOp<Paddle::HardShrinkOp>(
          op, op.getType(), adaptor.getInput(), op.getLambdAttr());
      return success();
    }
    if (bias == lambd) {
      rewriter.replaceOpWithNewOp<Paddle::SoftshrinkOp>(
          op, op.getType(), adaptor.getInput(), op.getLambdAttr());
      return success();
    }
    return failures.fail(op, "a bias other than 0 (hard_shrink) or lambd "
                             "(softshrink) is not converted");
  }
};

/// PRelu: Paddle's prelu modes, or relu(x) + slope * (x - relu(x)) for
/// slopes of other shapes (ONNX broadcasts slope unidirectionally to X).
struct PReluToPrelu : ReportingPattern<ONNX::PReluOp> {
  using ReportingPattern<ONNX::PReluOp>::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::PReluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    auto sType = rankedType(adaptor.getSlope());
    if (!xType || !sType)
      return failures.fail(op, "X and slope must have known ranks");
    if (!isa<FloatType>(xType.getElementType()))
      return failures.fail(op, "Paddle's prelu takes floating-point tensors "
                               "only");
    Value x = adaptor.getX(), slope = adaptor.getSlope();
    Location loc = op.getLoc();
    int64_t rank = xType.getRank(), sRank = sType.getRank();
    StringRef mode;
    if (sType.hasStaticShape() && sType.getNumElements() == 1) {
      mode = "all";
    } else if (rank >= 2 && sRank == rank - 1 && sType.getDimSize(0) != 1 &&
               sType.getDimSize(0) == xType.getDimSize(1) &&
               llvm::all_of(sType.getShape().drop_front(),
                            [](int64_t d) { return d == 1; })) {
      mode = "channel"; // [C, 1, ..., 1]: one slope per channel
    } else if (rank >= 2 && sType.hasStaticShape() && sRank == rank &&
               sType.getDimSize(0) == 1 &&
               llvm::equal(sType.getShape().drop_front(),
                           xType.getShape().drop_front())) {
      mode = "element"; // [1, *X's sample dims], as Paddle requires
    }
    if (!mode.empty() && rank >= 2) {
      rewriter.replaceOpWithNewOp<Paddle::PreluOp>(
          op, op.getType(), x, slope, rewriter.getStringAttr(mode),
          rewriter.getStringAttr("NCHW"));
      return success();
    }
    Type type = op.getType();
    auto axis = rewriter.getSI32IntegerAttr(-1);
    Value pos = Paddle::ReluOp::create(rewriter, loc, type, x);
    Value neg = Paddle::ElementwiseSubOp::create(rewriter, loc, type, x, pos,
                                                 axis);
    Value scaled = Paddle::ElementwiseMulOp::create(rewriter, loc, type, neg,
                                                    slope, axis);
    rewriter.replaceOpWithNewOp<Paddle::ElementwiseAddOp>(op, type, pos,
                                                          scaled, axis);
    return success();
  }
};

/// Hardmax: one_hot_v2(arg_max(X, axis)) puts the one-hot dim last; a
/// transpose2 moves it back to `axis`.
struct HardmaxToOneHot : ReportingPattern<ONNX::HardmaxOp> {
  using ReportingPattern<ONNX::HardmaxOp>::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::HardmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getInput());
    if (!xType || xType.getRank() == 0)
      return failures.fail(op, "input must have a known rank >= 1");
    int64_t rank = xType.getRank();
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + rank : op.getAxis();
    if (axis < 0 || axis >= rank)
      return failures.fail(op, "axis out of range");
    int64_t depth = xType.getDimSize(axis);
    if (ShapedType::isDynamic(depth) || depth > INT32_MAX)
      return failures.fail(op, "the dim along axis must be static");
    std::optional<int32_t> dtype = Paddle::varTypeCodeOf(
        xType.getElementType());
    if (!dtype)
      return failures.fail(op, "unsupported element type");
    Location loc = op.getLoc();
    SmallVector<int64_t> reduced(xType.getShape());
    reduced.erase(reduced.begin() + axis);
    Value index = Paddle::ArgMaxOp::create(
        rewriter, loc, RankedTensorType::get(reduced, rewriter.getI64Type()),
        adaptor.getInput(), rewriter.getIntegerAttr(rewriter.getIntegerType(64, true), axis),
        rewriter.getBoolAttr(false), rewriter.getBoolAttr(false),
        rewriter.getSI32IntegerAttr(3));
    SmallVector<int64_t> hotShape(reduced);
    hotShape.push_back(depth);
    Type hotType = RankedTensorType::get(hotShape, xType.getElementType());
    Value hot = Paddle::OneHotV2Op::create(
        rewriter, loc, hotType, index,
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(depth)),
        rewriter.getSI32IntegerAttr(*dtype), rewriter.getBoolAttr(false));
    if (axis != rank - 1) {
      SmallVector<int32_t> perm;
      for (int64_t i = 0; i < rank; ++i)
        perm.push_back(i < axis    ? i
                       : i == axis ? static_cast<int32_t>(rank - 1)
                                   : static_cast<int32_t>(i - 1));
      SmallVector<int64_t> xshape{0};
      llvm::append_range(xshape, hotShape);
      hot = Paddle::Transpose2Op::create(
                rewriter, loc,
                TypeRange{op.getType(), RankedTensorType::get(
                                            xshape, xType.getElementType())},
                hot, rewriter.getDenseI32ArrayAttr(perm))
                .getOut();
    }
    rewriter.replaceOp(op, hot);
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateNNPatterns(const TypeConverter &converter,
                                             RewritePatternSet &patterns,
                                             Failures &failures) {
  MLIRContext *context = patterns.getContext();
  patterns.add<SoftmaxLikeToSoftmax<ONNX::SoftmaxOp, Paddle::SoftmaxOp>,
               SoftmaxLikeToSoftmax<ONNX::LogSoftmaxOp, Paddle::LogSoftmaxOp>>(
      converter, context);
  patterns.add<ClipToClip, ShrinkToShrink, PReluToPrelu, HardmaxToOneHot>(
      converter, context, failures);
}
