//===- Microsoft.cpp - com.microsoft GELUs and skip norms → paddle --------===//
//
// onnxruntime's transformer optimizer fuses each residual add + layer norm
// into SkipLayerNormalization and each bias add + GELU into BiasGelu or
// FastGelu. Paddle's own fused counterparts (skip_layernorm, fused_bias_act)
// have CUDA kernels only, so these are unfused again into ops every Paddle
// CPU build runs: elementwise_add, layer_norm, gelu (approximate = true is
// exactly FastGelu's tanh form), and for the RMS variant reduce_mean and
// rsqrt. The additions keep onnxruntime's order ((input + skip) + bias).
// f16/bf16 compute in f32 (Paddle has no f16 arithmetic on CPU) and cast
// back. Attention and EmbedLayerNormalization: MicrosoftAttention.cpp.
//
//===----------------------------------------------------------------------===//
#include "AttentionCommon.h"
#include "Families.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::attention;

namespace {

/// gelu(X + bias): FastGelu (tanh form, bias optional), BiasGelu (erf
/// form, bias required), Gelu (erf form, no bias).
template <typename OpTy, bool Tanh> struct GeluLike : ReportingPattern<OpTy> {
  using ReportingPattern<OpTy>::ReportingPattern;

  static Value input(OpTy op, typename OpTy::Adaptor a) {
    if constexpr (std::is_same_v<OpTy, ONNX::MSBiasGeluOp>)
      return a.getA();
    else
      return a.getX();
  }
  static Value bias(OpTy op, typename OpTy::Adaptor a) {
    if constexpr (std::is_same_v<OpTy, ONNX::MSBiasGeluOp>)
      return a.getB();
    else if constexpr (std::is_same_v<OpTy, ONNX::MSFastGeluOp>)
      return a.getBias();
    else
      return Value();
  }

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = input(op, adaptor), b = bias(op, adaptor);
    auto xType = rankedType(x);
    if (!xType)
      return this->failures.fail(op, "the input must have a known rank");
    OpBuild build{rewriter, op.getLoc()};
    Type c = computeFloat(xType.getElementType());
    x = build.castTo(x, c);
    if (isPresent(b)) {
      auto bType = rankedType(b);
      if (!bType || !broadcastsTo(bType.getShape(), xType.getShape()))
        return this->failures.fail(op, "the bias must broadcast to the "
                                       "input's shape");
      x = build.add(x, build.castTo(b, c));
    }
    Value y = Paddle::GeluOp::create(rewriter, op.getLoc(), x.getType(), x,
                                     rewriter.getBoolAttr(Tanh));
    rewriter.replaceOp(op, build.finish(y, op->getResult(0)));
    return success();
  }
};

/// QuickGelu: X * sigmoid(alpha * X).
struct QuickGeluToPaddle : ReportingPattern<ONNX::MSQuickGeluOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::MSQuickGeluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!rankedType(adaptor.getX()))
      return failures.fail(op, "X must have a known rank");
    OpBuild b{rewriter, op.getLoc()};
    Value x = b.castTo(adaptor.getX(), computeFloat(b.elem(adaptor.getX())));
    Value scaled = b.scale(x, op.getAlpha().convertToDouble());
    Value gate =
        Paddle::SigmoidOp::create(rewriter, op.getLoc(), x.getType(), scaled);
    rewriter.replaceOp(op, b.finish(b.mul(x, gate), op.getY()));
    return success();
  }
};

/// BiasAdd: (X + bias) + skip.
struct BiasAddToPaddle : ReportingPattern<ONNX::MSBiasAddOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::MSBiasAddOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    auto bType = rankedType(adaptor.getBias());
    auto sType = rankedType(adaptor.getSkip());
    if (!xType || !bType || !sType ||
        !broadcastsTo(bType.getShape(), xType.getShape()) ||
        !broadcastsTo(sType.getShape(), xType.getShape()))
      return failures.fail(op, "bias and skip must broadcast to X's shape");
    OpBuild b{rewriter, op.getLoc()};
    Type c = computeFloat(xType.getElementType());
    Value y =
        b.add(b.castTo(adaptor.getX(), c), b.castTo(adaptor.getBias(), c));
    y = b.add(y, b.castTo(adaptor.getSkip(), c));
    rewriter.replaceOp(op, b.finish(y, op.getY()));
    return success();
  }
};

/// SkipLayerNormalization and SkipSimplifiedLayerNormalization: the sum
/// input + skip (+ bias), normalized over the last dim.
template <typename OpTy, bool Simplified>
struct SkipNormToPaddle : ReportingPattern<OpTy> {
  using ReportingPattern<OpTy>::ReportingPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Failures &failures = this->failures;
    auto xType = rankedType(adaptor.getInput());
    auto sType = rankedType(adaptor.getSkip());
    if (!xType || !sType || xType.getRank() < 2)
      return failures.fail(op, "input and skip must have known ranks >= 2");
    int64_t hidden = xType.getShape().back();
    if (ShapedType::isDynamic(hidden) || hidden > INT32_MAX)
      return failures.fail(op, "the hidden (last) dim must be static");
    if (!broadcastsTo(sType.getShape(), xType.getShape()))
      return failures.fail(op, "skip does not broadcast to input's shape");
    auto isVector = [&](Value v) {
      auto t = rankedType(v);
      return t && t.getRank() == 1 && t.getDimSize(0) == hidden;
    };
    Value beta;
    if constexpr (!Simplified)
      beta = adaptor.getBeta();
    Value bias = adaptor.getBias();
    if (!isVector(adaptor.getGamma()) || (isPresent(beta) && !isVector(beta)) ||
        (isPresent(bias) && !isVector(bias)))
      return failures.fail(op, "gamma, beta and bias must be 1-D of the "
                               "hidden size");
    if (isUsed(op.getMean()) || isUsed(op.getInvStdVar()))
      return failures.fail(op, "the mean and inv_std_var outputs (training "
                               "statistics) are not converted");
    float eps = op.getEpsilon().convertToFloat();
    if (!Simplified && !(eps >= 0.0f && eps <= 0.001f))
      return failures.fail(op, "Paddle's layer_norm takes an epsilon in "
                               "[0, 0.001] only");

    OpBuild b{rewriter, op.getLoc()};
    Type c = computeFloat(xType.getElementType());
    Value sum =
        b.add(b.castTo(adaptor.getInput(), c), b.castTo(adaptor.getSkip(), c));
    if (isPresent(bias))
      sum = b.add(sum, b.castTo(bias, c));
    Value gamma = b.castTo(adaptor.getGamma(), c);
    Value y;
    if constexpr (Simplified) {
      // s / sqrt(mean(s^2) + eps) * gamma (rms_norm has no CPU kernel).
      SmallVector<int64_t> statShape = b.dims(sum);
      statShape.back() = 1;
      int32_t last = static_cast<int32_t>(statShape.size() - 1);
      Value square = b.mul(sum, sum);
      Value meanSquare = Paddle::ReduceMeanOp::create(
          rewriter, b.loc, b.type(statShape, c), square,
          rewriter.getDenseI32ArrayAttr({last}), rewriter.getBoolAttr(true),
          rewriter.getBoolAttr(false));
      Value inv = Paddle::RsqrtOp::create(rewriter, b.loc, meanSquare.getType(),
                                          b.scale(meanSquare, 1.0, eps));
      y = b.mul(b.mul(sum, inv), gamma);
    } else {
      int64_t rows = 1;
      SmallVector<int64_t> dims = b.dims(sum);
      for (int64_t d : ArrayRef<int64_t>(dims).drop_back())
        rows = ShapedType::isDynamic(d) || ShapedType::isDynamic(rows)
                   ? ShapedType::kDynamic
                   : rows * d;
      Type stat = b.type({rows}, c);
      y = Paddle::LayerNormOp::create(
              rewriter, b.loc, TypeRange{sum.getType(), stat, stat}, sum, gamma,
              isPresent(beta) ? b.castTo(beta, c) : Value(),
              rewriter.getF32FloatAttr(eps),
              rewriter.getSI32IntegerAttr(
                  static_cast<int32_t>(xType.getRank() - 1)))
              .getY();
    }
    SmallVector<Value> results(op->getNumResults(), Value());
    results[0] = b.finish(y, op.getOutput());
    if (isUsed(op.getInputSkipBiasSum()))
      results[3] = b.finish(sum, op.getInputSkipBiasSum());
    rewriter.replaceOp(op, results);
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateMicrosoftPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<
      GeluLike<ONNX::MSFastGeluOp, true>, GeluLike<ONNX::MSBiasGeluOp, false>,
      GeluLike<ONNX::MSGeluOp, false>, QuickGeluToPaddle, BiasAddToPaddle,
      SkipNormToPaddle<ONNX::MSSkipLayerNormalizationOp, false>,
      SkipNormToPaddle<ONNX::MSSkipSimplifiedLayerNormalizationOp, true>>(
      converter, patterns.getContext(), failures);
}
