//===- Pool.cpp - ONNX pooling → paddle pool2d/pool3d ---------------------===//
//
// MaxPool and AveragePool map to pool2d (1-D pools over an inserted H dim
// of 1) or pool3d, with the window resolved as for Conv (NNCommon.h).
// LpPool, which Paddle lacks, is (sum of |x|^p over the window)^(1/p): the
// sum an average that counts padding (exclusive = false divides by the
// whole kernel) times the kernel size.
// Paddle has no pool dilations, no Indices output and a ceil_mode that
// keeps a last window ONNX drops; ceil_mode is therefore rewritten as floor
// mode with the end padding that gives ONNX's size. Global pools are
// pool2d's global_pooling on 4-D input and keep-dim reductions otherwise.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "NNCommon.h"
#include "Patterns.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;

namespace {

/// Paddle's pooled size of one dim: floor or ceil of the window count,
/// without ONNX's rule that drops a last window starting in the end pad.
int64_t paddlePooledSize(int64_t in, int64_t k, int64_t s, int64_t pads,
                         bool ceil) {
  int64_t span = in + pads - k;
  return (ceil ? (span + s - 1) / s : span / s) + 1;
}

enum class PoolKind { Max, Avg, Lp };

/// `x` raised to the constant `exponent` (elementwise_pow against a filled
/// tensor); sqrt for 1/2 and `x` itself for 1, which are exact.
Value power(OpBuilder &b, Location loc, Value x, double exponent) {
  if (exponent == 1.0)
    return x;
  if (exponent == 0.5)
    return Paddle::SqrtOp::create(b, loc, x.getType(), x);
  if (exponent == 2.0)
    return Paddle::ElementwiseMulOp::create(b, loc, x.getType(), x, x,
                                            b.getSI32IntegerAttr(-1));
  Value e = Paddle::FillAnyLikeOp::create(
      b, loc, x.getType(), x, b.getF32FloatAttr(static_cast<float>(exponent)),
      b.getSI32IntegerAttr(-1));
  return Paddle::ElementwisePowOp::create(b, loc, x.getType(), x, e,
                                          b.getSI32IntegerAttr(-1));
}

// ceil_mode: Paddle keeps a last window that starts in the end padding,
// which ONNX drops. Both windows sit at i * stride - pad_begin, so the
// pool runs in floor mode with the end padding that yields ONNX's
// count (the inferred result dim when static). Max pools and exclusive
// averages never read padding; an inclusive average divides by the
// whole kernel, which is ONNX's divisor only while the window stays in
// ONNX's padded input.
/// Sets the end pads of `w` that give a floor-mode pool of `xType` ONNX's
/// ceil_mode sizes (`y`'s dims where static; `y` may be null);
/// `inclusiveAvg` for an average that counts padding. The reason when no
/// end pads do.
std::optional<std::string> ceilModeEndPads(Window &w, RankedTensorType xType,
                                           RankedTensorType y,
                                           bool inclusiveAvg) {
  if (w.algorithm != "EXPLICIT")
    return std::string("ceil_mode with SAME padding over dynamic "
                       "dims is not converted");
  for (size_t i = 0; i < w.kernel.size(); ++i) {
    int64_t in = xType.getDimSize(2 + i);
    if (ShapedType::isDynamic(in))
      return std::string("ceil_mode over a dynamic spatial dim "
                         "(Paddle and ONNX disagree on some sizes)");
    int64_t k = w.kernel[i], s = w.strides[i], pb = w.padsBegin[i];
    int64_t out = paddlePooledSize(in, k, s, pb + w.padsEnd[i], true);
    if ((out - 1) * s >= in + pb)
      --out;
    if (y && !ShapedType::isDynamic(y.getDimSize(2 + i)))
      out = y.getDimSize(2 + i);
    int64_t lastEnd = (out - 1) * s - pb + k; // one past, in X's indices
    // (LpPool's sum is the whole-kernel average times the kernel size
    // wherever the window lies.)
    if (inclusiveAvg && lastEnd > in + w.padsEnd[i])
      return std::string("ceil_mode with count_include_pad where "
                         "the last window passes the padding (ONNX "
                         "divides by the part inside, Paddle by "
                         "the kernel size)");
    int64_t pe = std::max<int64_t>(0, lastEnd - in);
    if (paddlePooledSize(in, k, s, pb + pe, false) != out)
      return std::string("ceil_mode output size has no Paddle "
                         "padding equivalent");
    w.padsEnd[i] = pe;
  }
  return std::nullopt;
}

/// `x` padded by `w`'s pads with pad3d (zeros), those pads then zeroed in
/// `w`: pool3d's clipping of averages that count padding (PoolToPool).
Value padBeforePool3D(ConversionPatternRewriter &rewriter, Location loc,
                      Value x, RankedTensorType xType, Window &w) {
  SmallVector<int32_t> pads;
  SmallVector<int64_t> padded(xType.getShape());
  for (int64_t i = 2; i >= 0; --i) {
    pads.push_back(static_cast<int32_t>(w.padsBegin[i]));
    pads.push_back(static_cast<int32_t>(w.padsEnd[i]));
    int64_t &d = padded[2 + i];
    if (!ShapedType::isDynamic(d))
      d += w.padsBegin[i] + w.padsEnd[i];
  }
  x = Paddle::Pad3DOp::create(
      rewriter, loc, RankedTensorType::get(padded, xType.getElementType()), x,
      Value(), rewriter.getDenseI32ArrayAttr(pads),
      rewriter.getStringAttr("constant"), rewriter.getF32FloatAttr(0.0f),
      rewriter.getStringAttr("NCDHW"));
  std::fill(w.padsBegin.begin(), w.padsBegin.end(), 0);
  std::fill(w.padsEnd.begin(), w.padsEnd.end(), 0);
  return x;
}

/// pool2d (rank 4) or pool3d (rank 5) of `x`.
Value createPool(ConversionPatternRewriter &rewriter, Location loc,
                 int64_t rank, Type resultType, Value x, const PaddleWindow &pw,
                 StringAttr type, StringAttr algorithm, bool ceil,
                 bool exclusive) {
  Value out;
  if (rank == 5)
    out = Paddle::Pool3DOp::create(
        rewriter, loc, resultType, x, pw.ksize, type, pw.strides, pw.paddings,
        rewriter.getBoolAttr(ceil), rewriter.getBoolAttr(exclusive),
        rewriter.getStringAttr("NCDHW"), rewriter.getBoolAttr(false),
        rewriter.getBoolAttr(false), algorithm);
  else
    out = Paddle::Pool2DOp::create(
        rewriter, loc, resultType, x, pw.ksize, type, pw.strides, pw.paddings,
        rewriter.getBoolAttr(ceil), rewriter.getBoolAttr(exclusive),
        rewriter.getStringAttr("NCHW"), rewriter.getBoolAttr(false),
        rewriter.getBoolAttr(false), algorithm);
  return out;
}

/// MaxPool / AveragePool / LpPool → pool2d (1-D and 2-D) or pool3d.
template <typename PoolOp, PoolKind Kind>
struct PoolToPool : ReportingPattern<PoolOp> {
  using ReportingPattern<PoolOp>::ReportingPattern;
  using ReportingPattern<PoolOp>::failures;
  static constexpr bool IsMax = Kind == PoolKind::Max;

  LogicalResult
  matchAndRewrite(PoolOp op, typename PoolOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if constexpr (IsMax) {
      Value indices = op.getIndices();
      if (!isNone(indices) && !indices.use_empty())
        return failures.fail(op, "the Indices output has no Paddle pool2d "
                                 "counterpart");
    }
    auto xType = rankedType(adaptor.getX());
    if (!xType)
      return failures.fail(op, "X must have a known rank");
    int64_t rank = xType.getRank();
    if (rank < 3 || rank > 5)
      return failures.fail(op, "only 1-D, 2-D and 3-D pooling is converted");
    if (!isa<FloatType>(xType.getElementType()))
      return failures.fail(op, "Paddle pools floating-point tensors only");
    Window w;
    w.kernel.assign(op.getKernelShape().begin(), op.getKernelShape().end());
    if (auto why = resolveWindow(w, xType.getShape().drop_front(2),
                                 op.getAutoPad(), op.getStrides(),
                                 op.getDilations(), op.getPads()))
      return failures.fail(op, *why);
    if (llvm::any_of(w.dilations, [](int64_t d) { return d != 1; }))
      return failures.fail(op, "Paddle's pools have no dilations");
    bool exclusive = true;
    if constexpr (Kind == PoolKind::Avg)
      exclusive = op.getCountIncludePad() == 0;
    int64_t p = 1;
    if constexpr (Kind == PoolKind::Lp) {
      Type element = xType.getElementType();
      if (!element.isF32() && !element.isF64())
        return failures.fail(op, "Paddle's CPU abs and pow kernels take "
                                 "float32 and float64 only");
      exclusive = false;
      p = op.getP();
      if (p <= 0)
        return failures.fail(op, "p must be positive");
    }
    if (op.getCeilMode() != 0)
      if (auto why = ceilModeEndPads(w, xType, rankedType(op.getY()),
                                     Kind == PoolKind::Avg && !exclusive))
        return failures.fail(op, *why);
    bool ceil = false;

    Location loc = op.getLoc();
    Value x = adaptor.getX();
    if constexpr (Kind == PoolKind::Lp)
      x = power(rewriter, loc,
                Paddle::AbsOp::create(rewriter, loc, x.getType(), x),
                static_cast<double>(p));
    // pool3d clips a window at the input plus the *begin* padding, so an
    // average that counts padding is wrong where the end padding is larger
    // (checked in Paddle 3.3.1); such pads are applied with pad3d first.
    bool asymmetric = false;
    for (size_t i = 0; i < w.padsBegin.size(); ++i)
      asymmetric |= w.padsBegin[i] != w.padsEnd[i];
    if (rank == 5 && !exclusive && asymmetric) {
      if (w.algorithm != "EXPLICIT")
        return failures.fail(op, "an average counting padding with SAME "
                                 "padding over dynamic 3-D dims is not "
                                 "converted");
      x = padBeforePool3D(rewriter, loc, x, xType, w);
    }
    Type resultType = op.getY().getType();
    if (rank == 3) {
      liftTo2D(w);
      x = unsqueeze(rewriter, loc, x, {2});
      resultType = with2DHeight(resultType);
    }
    std::optional<PaddleWindow> pw = paddleWindow(rewriter, w);
    if (!pw)
      return failures.fail(op, "a window attribute does not fit in int32");
    auto type = rewriter.getStringAttr(IsMax ? "max" : "avg");
    auto algorithm = rewriter.getStringAttr(w.algorithm);
    Value out = createPool(rewriter, loc, rank, resultType, x, *pw, type,
                           algorithm, ceil, exclusive);
    if (rank == 3)
      out = squeeze(rewriter, loc, out, {2}, op.getY().getType());
    if constexpr (Kind == PoolKind::Lp) {
      int64_t size = 1;
      for (int64_t k : op.getKernelShape())
        size *= k;
      out = Paddle::ScaleOp::create(
          rewriter, loc, out.getType(), out, Value(), Value(),
          rewriter.getF32FloatAttr(static_cast<float>(size)),
          rewriter.getF32FloatAttr(0.0f), rewriter.getBoolAttr(true));
      out = power(rewriter, loc, out, 1.0 / static_cast<double>(p));
    }
    // The Indices result, when declared, is dead (checked above).
    SmallVector<Value> results(op->getNumResults(), Value());
    results[0] = out;
    rewriter.replaceOp(op, results);
    return success();
  }
};

/// GlobalAveragePool / GlobalMaxPool: pool2d's global_pooling on 4-D
/// input, a keep-dim reduction over the spatial dims otherwise.
template <typename PoolOp, typename ReduceOp, bool IsMax>
struct GlobalPoolToPool : ReportingPattern<PoolOp> {
  using ReportingPattern<PoolOp>::ReportingPattern;
  using ReportingPattern<PoolOp>::failures;

  LogicalResult
  matchAndRewrite(PoolOp op, typename PoolOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    if (!xType || xType.getRank() < 3)
      return failures.fail(op, "X must have a known rank >= 3");
    Value x = adaptor.getX();
    Type resultType = op.getType();
    if (xType.getRank() == 4) {
      rewriter.replaceOpWithNewOp<Paddle::Pool2DOp>(
          op, resultType, x, rewriter.getDenseI32ArrayAttr({1, 1}),
          rewriter.getStringAttr(IsMax ? "max" : "avg"),
          rewriter.getDenseI32ArrayAttr({1, 1}),
          rewriter.getDenseI32ArrayAttr({0, 0}), rewriter.getBoolAttr(false),
          rewriter.getBoolAttr(true), rewriter.getStringAttr("NCHW"),
          rewriter.getBoolAttr(true), rewriter.getBoolAttr(false),
          rewriter.getStringAttr("EXPLICIT"));
      return success();
    }
    SmallVector<int32_t> dims;
    for (int32_t d = 2; d < xType.getRank(); ++d)
      dims.push_back(d);
    rewriter.replaceOpWithNewOp<ReduceOp>(op, resultType, x,
                                          rewriter.getDenseI32ArrayAttr(dims),
                                          rewriter.getBoolAttr(true),
                                          rewriter.getBoolAttr(false));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populatePoolPatterns(const TypeConverter &converter,
                                               RewritePatternSet &patterns,
                                               Failures &failures) {
  patterns.add<
      PoolToPool<ONNX::MaxPoolOp, PoolKind::Max>,
      PoolToPool<ONNX::AveragePoolOp, PoolKind::Avg>,
      PoolToPool<ONNX::LpPoolOp, PoolKind::Lp>,
      GlobalPoolToPool<ONNX::GlobalAveragePoolOp, Paddle::ReduceMeanOp, false>,
      GlobalPoolToPool<ONNX::GlobalMaxPoolOp, Paddle::ReduceMaxOp, true>>(
      converter, patterns.getContext(), failures);
}
