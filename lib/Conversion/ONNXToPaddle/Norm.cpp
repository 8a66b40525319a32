//===- Norm.cpp - ONNX normalizations → paddle ----------------------------===//
//
// BatchNormalization (inference form), InstanceNormalization,
// LayerNormalization, GroupNormalization, LpNormalization and LRN. Paddle's
// normalization ops take per-channel (or, for layer_norm, flattened) 1-D
// parameters and return statistics shaped differently from ONNX's
// optional outputs, so parameters are flattened and the statistics
// rebuilt here where a model uses them.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "MathKernels.h"
#include "NNCommon.h"
#include "Patterns.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;

namespace {

/// A 1-D type of `n` elements (n may be dynamic) like `like`'s elements.
RankedTensorType vectorLike(int64_t n, Value like) {
  return tensorLike({n}, like);
}

bool isUsed(Value v) { return v && !isNone(v) && !v.use_empty(); }

struct BatchNormToBatchNorm : ReportingPattern<ONNX::BatchNormalizationOp> {
  using ReportingPattern<ONNX::BatchNormalizationOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::BatchNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.getTrainingMode() != 0 || isUsed(op.getRunningMean()) ||
        isUsed(op.getRunningVar()))
      return failures.fail(op, "training mode (batch statistics and running "
                               "mean/var outputs) is not converted");
    auto xType = rankedType(adaptor.getX());
    if (!xType || xType.getRank() < 2 || xType.getRank() > 5)
      return failures.fail(op, "X must have a known rank from 2 to 5");
    float eps = op.getEpsilon().convertToFloat();
    Type stat = adaptor.getInputMean().getType();
    if (eps < 0.0f || eps > 0.001f) {
      // Paddle's batch_norm rejects such an epsilon: the same per-channel
      // arithmetic, (X - mean) * (scale / sqrt(var + eps)) + B, on axis 1.
      Location loc = op.getLoc();
      Type yT = op.getY().getType();
      auto channel = rewriter.getSI32IntegerAttr(1);
      auto numpy = rewriter.getSI32IntegerAttr(-1);
      Value shifted = Paddle::ScaleOp::create(
          rewriter, loc, stat, adaptor.getInputVar(), Value(), Value(),
          rewriter.getF32FloatAttr(1.0f), op.getEpsilonAttr(),
          rewriter.getBoolAttr(true));
      Value inv = Paddle::RsqrtOp::create(rewriter, loc, stat, shifted);
      Value factor = Paddle::ElementwiseMulOp::create(
          rewriter, loc, stat, inv, adaptor.getScale(), numpy);
      Value y = Paddle::ElementwiseSubOp::create(
          rewriter, loc, yT, adaptor.getX(), adaptor.getInputMean(), channel);
      y = Paddle::ElementwiseMulOp::create(rewriter, loc, yT, y, factor,
                                           channel);
      y = Paddle::ElementwiseAddOp::create(rewriter, loc, yT, y, adaptor.getB(),
                                           channel);
      SmallVector<Value> results(op->getNumResults(), Value());
      results[0] = y;
      rewriter.replaceOp(op, results);
      return success();
    }
    auto bn = Paddle::BatchNormOp::create(
        rewriter, op.getLoc(),
        TypeRange{op.getY().getType(), stat, stat, stat, stat}, adaptor.getX(),
        adaptor.getScale(), adaptor.getB(), adaptor.getInputMean(),
        adaptor.getInputVar(), rewriter.getBoolAttr(true), op.getMomentumAttr(),
        op.getEpsilonAttr(), rewriter.getStringAttr("NCHW"),
        rewriter.getBoolAttr(false), rewriter.getBoolAttr(false));
    SmallVector<Value> results(op->getNumResults(), Value());
    results[0] = bn.getY();
    rewriter.replaceOp(op, results);
    return success();
  }
};

struct InstanceNormToInstanceNorm
    : ReportingPattern<ONNX::InstanceNormalizationOp> {
  using ReportingPattern<ONNX::InstanceNormalizationOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::InstanceNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getInput());
    if (!xType || xType.getRank() < 3 || xType.getRank() > 5)
      return failures.fail(op, "input must have a known rank from 3 to 5");
    int64_t nc = staticProduct(xType.getShape().take_front(2));
    Type stat = vectorLike(nc, adaptor.getInput());
    auto in = Paddle::InstanceNormOp::create(
        rewriter, op.getLoc(), TypeRange{op.getType(), stat, stat},
        adaptor.getInput(), adaptor.getScale(), adaptor.getB(),
        op.getEpsilonAttr());
    rewriter.replaceOp(op, in.getY());
    return success();
  }
};

/// LayerNormalization: layer_norm over the dims from `axis` on, where
/// Paddle's op computes exactly that (Scale and B covering the normalized
/// dims, which Paddle takes flattened; epsilon <= 0.001; axis >= 1; no
/// statistics outputs: Paddle Inference leaves layer_norm's Mean/Variance
/// unwritten). Otherwise the same arithmetic from reduce_mean, rsqrt and
/// numpy-broadcast elementwise ops.
struct LayerNormToLayerNorm : ReportingPattern<ONNX::LayerNormalizationOp> {
  using ReportingPattern<ONNX::LayerNormalizationOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::LayerNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    if (!xType)
      return failures.fail(op, "X must have a known rank");
    if (!isa<FloatType>(xType.getElementType()))
      return failures.fail(op, "X must be floating-point");
    int64_t rank = xType.getRank();
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + rank : op.getAxis();
    if (axis < 0 || axis >= rank)
      return failures.fail(op, "axis out of range");
    ArrayRef<int64_t> normDims = xType.getShape().drop_front(axis);
    int64_t left = staticProduct(xType.getShape().take_front(axis));
    Location loc = op.getLoc();
    float eps = op.getEpsilon().convertToFloat();
    bool wantStats = isUsed(op.getMean()) || isUsed(op.getInvStdDev());

    // Scale and B: exactly the normalized dims (leading 1s allowed), then
    // flattened when they have more than one dim.
    auto fits = [&](Value v) {
      if (!v || isNone(v))
        return true;
      auto t = rankedType(v);
      if (!t || !t.hasStaticShape())
        return false;
      ArrayRef<int64_t> dims = t.getShape();
      while (dims.size() > normDims.size() && dims.front() == 1)
        dims = dims.drop_front();
      if (dims.size() != normDims.size())
        return false;
      for (auto [a, b] : llvm::zip(dims, normDims))
        if (ShapedType::isDynamic(b) || a != b)
          return false;
      return true;
    };
    bool fused = axis >= 1 && eps >= 0.0f && eps <= 0.001f && !wantStats &&
                 fits(adaptor.getScale()) && fits(adaptor.getB());
    if (fused) {
      auto flatten = [&](Value v) -> Value {
        if (!v || isNone(v))
          return Value();
        auto t = rankedType(v);
        if (t.getRank() == 1)
          return v;
        return reshape(rewriter, loc, v, {-1},
                       vectorLike(t.getNumElements(), v));
      };
      // Paddle's CPU layer_norm has f32/f64 kernels only: f16/bf16 (fp16
      // models) normalize in f32, as onnxruntime does inside.
      Value scale = flatten(adaptor.getScale()), bias = flatten(adaptor.getB());
      SmallVector<Value> operands{adaptor.getX()};
      if (scale)
        operands.push_back(scale);
      if (bias)
        operands.push_back(bias);
      Value y = buildWithKernel(
          rewriter, op, failures,
          KernelSet(Paddle::LayerNormOp::getOperationName()),
          xType.getElementType(), operands, op.getY().getType(),
          [&](ValueRange v, Type yType) -> Value {
            Type stat = vectorLike(left, v[0]);
            return Paddle::LayerNormOp::create(
                       rewriter, loc, TypeRange{yType, stat, stat}, v[0],
                       scale ? v[1] : Value(),
                       bias ? v[scale ? 2 : 1] : Value(), op.getEpsilonAttr(),
                       rewriter.getSI32IntegerAttr(static_cast<int32_t>(axis)))
                .getY();
          });
      if (!y)
        return failure();
      SmallVector<Value> results(op->getNumResults(), Value());
      results[0] = y;
      rewriter.replaceOp(op, results);
      return success();
    }

    // Decomposed: mean and variance over the normalized dims, kept as 1s
    // (ONNX's Mean/InvStdDev shape).
    auto [dims, statShape] = normalizedDims(xType, axis);
    Value x = adaptor.getX();
    Type xT = x.getType();
    Type statT = tensorLike(statShape, x);
    auto dimAttr = rewriter.getDenseI32ArrayAttr(dims);
    auto keep = rewriter.getBoolAttr(true), all = rewriter.getBoolAttr(false);
    auto numpy = rewriter.getSI32IntegerAttr(-1);
    Value mean = Paddle::ReduceMeanOp::create(rewriter, loc, statT, x, dimAttr,
                                              keep, all);
    Value centered =
        Paddle::ElementwiseSubOp::create(rewriter, loc, xT, x, mean, numpy);
    Value square = Paddle::ElementwiseMulOp::create(rewriter, loc, xT, centered,
                                                    centered, numpy);
    Value var = Paddle::ReduceMeanOp::create(rewriter, loc, statT, square,
                                             dimAttr, keep, all);
    Value shifted = Paddle::ScaleOp::create(
        rewriter, loc, statT, var, Value(), Value(),
        rewriter.getF32FloatAttr(1.0f), op.getEpsilonAttr(),
        rewriter.getBoolAttr(true));
    Value inv = Paddle::RsqrtOp::create(rewriter, loc, statT, shifted);
    Value y = Paddle::ElementwiseMulOp::create(rewriter, loc, xT, centered, inv,
                                               numpy);
    Type yT = op.getY().getType();
    if (!isNone(adaptor.getScale()))
      y = Paddle::ElementwiseMulOp::create(rewriter, loc, yT, y,
                                           adaptor.getScale(), numpy);
    if (!isNone(adaptor.getB()))
      y = Paddle::ElementwiseAddOp::create(rewriter, loc, yT, y, adaptor.getB(),
                                           numpy);
    SmallVector<Value> results(op->getNumResults(), Value());
    results[0] = y;
    if (isUsed(op.getMean()))
      results[1] = mean;
    if (isUsed(op.getInvStdDev()))
      results[2] = inv;
    rewriter.replaceOp(op, results);
    return success();
  }
};

/// GroupNormalization (opset 21: per-channel scale and bias).
struct GroupNormToGroupNorm : ReportingPattern<ONNX::GroupNormalizationOp> {
  using ReportingPattern<ONNX::GroupNormalizationOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::GroupNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    if (!xType || xType.getRank() < 3 || xType.getRank() > 5)
      return failures.fail(op, "X must have a known rank from 3 to 5");
    int64_t groups = op.getNumGroups();
    int64_t c = xType.getDimSize(1);
    if (groups < 1 || groups > INT32_MAX)
      return failures.fail(op, "num_groups must be in [1, 2^31)");
    if (ShapedType::isDynamic(c))
      return failures.fail(op, "the channel dim must be static");
    if (c % groups != 0)
      return failures.fail(op, "channels are not divisible by num_groups");
    for (Value v : {adaptor.getScale(), adaptor.getBias()}) {
      auto t = rankedType(v);
      if (!t || t.getRank() != 1 || t.getDimSize(0) != c)
        return failures.fail(op, "scale and bias must be 1-D with one entry "
                                 "per channel (the opset-18 per-group form "
                                 "is not converted)");
    }
    Type stat = tensorLike({xType.getDimSize(0), groups}, adaptor.getX());
    auto gn = Paddle::GroupNormOp::create(
        rewriter, op.getLoc(), TypeRange{op.getType(), stat, stat},
        adaptor.getX(), adaptor.getScale(), adaptor.getBias(),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(groups)),
        op.getEpsilonAttr(), rewriter.getStringAttr("NCHW"));
    rewriter.replaceOp(op, gn.getY());
    return success();
  }
};

/// LpNormalization: X / p_norm(X, p, axis, keepdim).
struct LpNormalizationToPNorm : ReportingPattern<ONNX::LpNormalizationOp> {
  using ReportingPattern<ONNX::LpNormalizationOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::LpNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getInput());
    if (!xType)
      return failures.fail(op, "input must have a known rank");
    int64_t p = op.getP();
    if (p != 1 && p != 2)
      return failures.fail(op, "p must be 1 or 2");
    int64_t rank = xType.getRank();
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + rank : op.getAxis();
    if (axis < 0 || axis >= rank)
      return failures.fail(op, "axis out of range");
    SmallVector<int64_t> normShape(xType.getShape());
    normShape[axis] = 1;
    Location loc = op.getLoc();
    Value norm = Paddle::PNormOp::create(
        rewriter, loc, tensorLike(normShape, adaptor.getInput()),
        adaptor.getInput(), rewriter.getF32FloatAttr(static_cast<float>(p)),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(axis)),
        rewriter.getF32FloatAttr(1.0e-12f), rewriter.getBoolAttr(true),
        rewriter.getBoolAttr(false));
    rewriter.replaceOpWithNewOp<Paddle::ElementwiseDivOp>(
        op, op.getType(), adaptor.getInput(), norm,
        rewriter.getSI32IntegerAttr(-1));
    return success();
  }
};

/// LRN: ONNX divides alpha by size, Paddle's lrn does not.
struct LRNToLrn : ReportingPattern<ONNX::LRNOp> {
  using ReportingPattern<ONNX::LRNOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::LRNOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    if (!xType || xType.getRank() != 4)
      return failures.fail(op, "Paddle's lrn takes 4-D (NCHW) input only");
    int64_t size = op.getSize();
    if (size < 1 || size > INT32_MAX)
      return failures.fail(op, "size must be in [1, 2^31)");
    float alpha = op.getAlpha().convertToFloat() / static_cast<float>(size);
    auto lrn = Paddle::LrnOp::create(
        rewriter, op.getLoc(), TypeRange{op.getType(), op.getType()},
        adaptor.getX(), rewriter.getSI32IntegerAttr(static_cast<int32_t>(size)),
        op.getBiasAttr(), rewriter.getF32FloatAttr(alpha), op.getBetaAttr(),
        rewriter.getStringAttr("NCHW"));
    rewriter.replaceOp(op, lrn.getOut());
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateNormPatterns(const TypeConverter &converter,
                                               RewritePatternSet &patterns,
                                               Failures &failures) {
  patterns.add<BatchNormToBatchNorm, InstanceNormToInstanceNorm,
               LayerNormToLayerNorm, GroupNormToGroupNorm,
               LpNormalizationToPNorm, LRNToLrn>(
      converter, patterns.getContext(), failures);
}
