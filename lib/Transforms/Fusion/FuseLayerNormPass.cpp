//===- FuseLayerNormPass.cpp - --fuse-layernorm ---------------------------===//
//
// torch's TorchScript exporter below opset 17 writes LayerNorm as
// ReduceMean/Sub/Pow/ReduceMean/Add/Sqrt/Div/Mul/Add, and T5/Llama/Qwen's
// RMSNorm is written by every exporter as pow/mean/add/sqrt followed by a
// reciprocal (dynamo) or a division of ones (TorchScript). Paddle's CPU
// layer_norm_fuse_pass recomposes some layer norms itself, but the GPU
// fusions (skip_layernorm, fused_embedding_eltwise_layernorm) start from a
// `layer_norm` op, so x2p must produce it. Paddle's `rms_norm` has no CPU
// kernel (FACTS), so an RMSNorm keeps its primitive form, only made the
// fastest one measured: `x * x` for `pow(x, 2)`, one `rsqrt(v)` for
// `1 / sqrt(v)`.
//
// Both matchers start at the reduce_mean over the trailing axes and walk
// down the chain; the constants (2, eps, 1), the trailing axes, the
// result types (no broadcasting beyond the reduced dims) and the single
// use of every intermediate are what make a rewrite exact.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/Match.h"
#include "x2p/Transforms/Fusion/Passes.h"
#include "x2p/Transforms/Fusion/Target.h"

#include "x2p/Dialect/Paddle/PaddleConstants.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "x2p/Dialect/Paddle/PaddleXShape.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace x2p::fusion {
#define GEN_PASS_DEF_FUSELAYERNORM
#include "x2p/Transforms/Fusion/Passes.h.inc"
} // namespace x2p::fusion

using namespace mlir;
using namespace x2p;
using namespace x2p::fusion;

namespace {

/// The first averaged axis when `mean` averages a trailing group of its
/// input's axes (not the first) and keeps them as 1s; nullopt otherwise.
std::optional<int64_t> trailingBegin(Paddle::ReduceMeanOp mean) {
  auto type = dyn_cast<RankedTensorType>(mean.getX().getType());
  if (!type || !mean.getKeepDim() || mean.getReduceAll() ||
      mean.getDim().empty())
    return std::nullopt;
  int64_t rank = type.getRank();
  SmallVector<int64_t> axes;
  for (int32_t axis : mean.getDim())
    axes.push_back(axis < 0 ? axis + rank : axis);
  llvm::sort(axes);
  for (size_t i = 1; i < axes.size(); ++i)
    if (axes[i] != axes[i - 1] + 1)
      return std::nullopt;
  if (axes.back() != rank - 1 || axes.front() < 1)
    return std::nullopt;
  return axes.front();
}

/// An elementwise op of the chain: numpy broadcasting (axis -1) and a
/// result of the type `want`.
template <typename OpTy> bool isPlain(OpTy op, Type want) {
  return op && op.getAxis() == -1 && op.getOut().getType() == want;
}

/// x where `value` is pow(x, 2) or x * x, of x's type.
Value squaredInput(Value value) {
  if (auto pow = value.getDefiningOp<Paddle::ElementwisePowOp>())
    return isPlain(pow, pow.getX().getType()) && isConstant(pow.getY(), 2.0)
               ? pow.getX()
               : nullptr;
  if (auto mul = value.getDefiningOp<Paddle::ElementwiseMulOp>())
    return mul.getX() == mul.getY() && isPlain(mul, mul.getX().getType())
               ? mul.getX()
               : nullptr;
  return nullptr;
}

/// mean(value) over the axes from `begin` on, the mean's sole user.
Paddle::ReduceMeanOp trailingMeanOf(Value value, int64_t begin) {
  auto mean = soleUser<Paddle::ReduceMeanOp>(value);
  return mean && trailingBegin(mean) == begin ? mean : nullptr;
}

/// The epsilon when `value`'s sole user adds a one-element constant to it
/// (either order) without changing its type, with the sum.
std::optional<std::pair<double, Value>> plusEpsilon(Value value) {
  auto add = soleUser<Paddle::ElementwiseAddOp>(value);
  if (!isPlain(add, value.getType()))
    return std::nullopt;
  Value other = otherOperand(add, value);
  auto type = other ? dyn_cast<RankedTensorType>(other.getType()) : nullptr;
  if (!type || !type.hasStaticShape() || type.getNumElements() != 1)
    return std::nullopt;
  std::optional<double> eps = Paddle::splatFloat(other);
  if (!eps || *eps < 0.0 || *eps > 1e-3)
    return std::nullopt;
  return std::pair{*eps, add.getOut()};
}

/// `value` has the dims `normalized` (static), after leading 1s only: a
/// per-feature scale or shift of a layer norm over those dims.
bool isPerFeature(Value value, ArrayRef<int64_t> normalized, Type element) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape() || type.getElementType() != element ||
      type.getRank() < static_cast<int64_t>(normalized.size()))
    return false;
  ArrayRef<int64_t> dims = type.getShape();
  size_t lead = dims.size() - normalized.size();
  return llvm::all_of(dims.take_front(lead),
                      [](int64_t d) { return d == 1; }) &&
         dims.drop_front(lead) == normalized;
}

/// `param` as the 1-D [`features`] tensor layer_norm's Scale/Bias slots take.
Value asVector(PatternRewriter &rewriter, Location loc, Value param,
               int64_t features) {
  auto type = cast<RankedTensorType>(param.getType());
  if (type.getRank() == 1)
    return param;
  return Paddle::createReshape2(
      rewriter, loc, param, {static_cast<int32_t>(features)},
      RankedTensorType::get({features}, type.getElementType()));
}

/// The value `d / sqrt(v)`, `d * rsqrt(v)` or `d * reciprocal(sqrt(v))`
/// (products either way round) where `denominator` is v, with the op that
/// uses `d`; null when the chain is another.
std::pair<Value, Operation *> normalized(Value denominator, Value d) {
  Type type = d.getType();
  if (auto sqrt = soleUser<Paddle::SqrtOp>(denominator)) {
    if (auto div = soleUser<Paddle::ElementwiseDivOp>(sqrt.getOut()))
      if (isPlain(div, type) && div.getX() == d)
        return {div.getOut(), div};
    if (auto inv = soleUser<Paddle::ReciprocalOp>(sqrt.getOut()))
      if (auto mul = soleUser<Paddle::ElementwiseMulOp>(inv.getOut()))
        if (isPlain(mul, type) && otherOperand(mul, inv.getOut()) == d)
          return {mul.getOut(), mul};
  }
  if (auto rsqrt = soleUser<Paddle::RsqrtOp>(denominator))
    if (auto mul = soleUser<Paddle::ElementwiseMulOp>(rsqrt.getOut()))
      if (isPlain(mul, type) && otherOperand(mul, rsqrt.getOut()) == d)
        return {mul.getOut(), mul};
  return {nullptr, nullptr};
}

/// mean(x), x - mean, (x - mean)^2, mean of that, + eps, divided by the
/// square root, then optionally * scale and + bias: one layer_norm.
struct RecomposeLayerNorm : OpRewritePattern<Paddle::ReduceMeanOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(Paddle::ReduceMeanOp mean,
                                PatternRewriter &rewriter) const override {
    std::optional<int64_t> begin = trailingBegin(mean);
    if (!begin)
      return failure();
    Value x = mean.getX();
    auto xType = cast<RankedTensorType>(x.getType());
    Type element = xType.getElementType();
    if (!element.isF32() && !element.isF64())
      return failure();
    auto sub = soleUser<Paddle::ElementwiseSubOp>(mean.getOut());
    if (!isPlain(sub, xType) || sub.getX() != x)
      return failure();
    Value d = sub.getOut();
    // d has two users: the square and the normalization.
    SmallPtrSet<Operation *, 2> users(d.getUsers().begin(), d.getUsers().end());
    if (users.size() != 2)
      return failure();
    Value square;
    for (Operation *user : users)
      if (user->getNumResults() == 1 && squaredInput(user->getResult(0)) == d)
        square = user->getResult(0);
    if (!square)
      return failure();
    auto variance = trailingMeanOf(square, *begin);
    if (!variance)
      return failure();
    std::optional<std::pair<double, Value>> eps =
        plusEpsilon(variance.getOut());
    if (!eps)
      return failure();
    Value result;
    Operation *normalizer;
    std::tie(result, normalizer) = normalized(eps->second, d);
    if (!result || !users.contains(normalizer))
      return failure();

    ArrayRef<int64_t> features = xType.getShape().drop_front(*begin);
    if (llvm::any_of(features, ShapedType::isDynamic))
      return failure();
    int64_t right = 1;
    for (int64_t f : features)
      right *= f;
    // `result` * scale, then + bias: each optional, a per-feature operand.
    auto affine = [&](auto op) -> Value {
      if (!op || !isPlain(op, xType))
        return nullptr;
      Value other = otherOperand(op, result);
      if (!other || !isPerFeature(other, features, element))
        return nullptr;
      result = op.getOut();
      return other;
    };
    Value scale = affine(soleUser<Paddle::ElementwiseMulOp>(result));
    Value bias = affine(soleUser<Paddle::ElementwiseAddOp>(result));

    Operation *last = result.getDefiningOp();
    rewriter.setInsertionPoint(last);
    Location loc = last->getLoc();
    Type stat = layerNormStatsType(xType, *begin);
    auto norm = Paddle::LayerNormOp::create(
        rewriter, loc, TypeRange{xType, stat, stat}, x,
        scale ? asVector(rewriter, loc, scale, right) : Value(),
        bias ? asVector(rewriter, loc, bias, right) : Value(),
        rewriter.getF32FloatAttr(static_cast<float>(eps->first)),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(*begin)));
    rewriter.replaceAllUsesWith(result, norm.getY());
    return success();
  }
};

/// The division by `value` (`value` its Y, numpy broadcasting) that is
/// its one user besides a fill_any_like feeding that division.
Paddle::ElementwiseDivOp divisionBy(Value value) {
  Paddle::ElementwiseDivOp div;
  for (Operation *user : value.getUsers()) {
    if (auto d = dyn_cast<Paddle::ElementwiseDivOp>(user);
        d && d.getY() == value && d.getX() != value && d.getAxis() == -1 &&
        (!div || div == d))
      div = d;
    else if (!isa<Paddle::FillAnyLikeOp>(user))
      return nullptr;
  }
  if (!div)
    return nullptr;
  for (Operation *user : value.getUsers())
    if (auto fill = dyn_cast<Paddle::FillAnyLikeOp>(user))
      if (fill.getOut() != div.getX())
        return nullptr;
  return div;
}

/// RMSNorm, x * (1 / sqrt(mean(x^2) + eps)) (or x / sqrt(...)), in the
/// shortest primitive form Paddle's CPU runs: Paddle's rms_norm has no CPU
/// kernel. Its elementwise_pow(x, 2) is about 5x slower than x * x (27 vs
/// 5.3 ms on [4, 512, 1024], oneDNN on or off, the same values), so the
/// square becomes a multiply; the inverse written as reciprocal(sqrt) or
/// as ones (a splat 1 or fill_any_like 1) divided by the sqrt becomes one
/// rsqrt (one or two ops fewer, the same time).
struct ShortenRMSNorm : OpRewritePattern<Paddle::ReduceMeanOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(Paddle::ReduceMeanOp mean,
                                PatternRewriter &rewriter) const override {
    if (!trailingBegin(mean) || !mean.getX().hasOneUse())
      return failure();
    Value x = squaredInput(mean.getX());
    if (!x)
      return failure();
    // x - mean(x) is a layer norm's: RecomposeLayerNorm's, or Paddle's
    // layer_norm_fuse_pass's, which wants its pow.
    if (auto sub = x.getDefiningOp<Paddle::ElementwiseSubOp>())
      if (sub.getY().getDefiningOp<Paddle::ReduceMeanOp>())
        return failure();
    std::optional<std::pair<double, Value>> eps = plusEpsilon(mean.getOut());
    if (!eps)
      return failure();
    Value variance = eps->second;
    // The inverse square root, when written as one, and whether it is
    // already the rsqrt; or x / sqrt(v), which has no inverse to shorten.
    Value inverse;
    bool isRsqrt = false, dividesX = false;
    if (auto rsqrt = soleUser<Paddle::RsqrtOp>(variance)) {
      inverse = rsqrt.getOut();
      isRsqrt = true;
    } else if (auto sqrt = soleUser<Paddle::SqrtOp>(variance)) {
      if (auto inv = soleUser<Paddle::ReciprocalOp>(sqrt.getOut()))
        inverse = inv.getOut();
      else if (auto div = divisionBy(sqrt.getOut())) {
        // Ones: a splat 1, or fill_any_like 1 (of the sqrt, TorchScript).
        Value one = div.getX();
        auto fill = one.getDefiningOp<Paddle::FillAnyLikeOp>();
        bool ones =
            fill ? fill.getValue().convertToDouble() == 1.0 && one.hasOneUse()
                 : isConstant(one, 1.0);
        if (ones && div.getOut().getType() == variance.getType())
          inverse = div.getOut();
        dividesX = div.getX() == x;
      }
    }
    // Only an RMS norm: the inverse scales x (or x is divided).
    bool scalesX =
        dividesX ||
        (inverse && llvm::any_of(inverse.getUsers(), [&](Operation *user) {
           auto mul = dyn_cast<Paddle::ElementwiseMulOp>(user);
           return mul && otherOperand(mul, inverse) == x;
         }));
    auto pow = mean.getX().getDefiningOp<Paddle::ElementwisePowOp>();
    bool shortensInverse = inverse && !isRsqrt;
    if (!scalesX || (!pow && !shortensInverse))
      return failure();
    if (pow)
      rewriter.replaceOpWithNewOp<Paddle::ElementwiseMulOp>(
          pow, pow.getOut().getType(), x, x, rewriter.getSI32IntegerAttr(-1));
    if (shortensInverse) {
      rewriter.setInsertionPoint(inverse.getDefiningOp());
      Value rsqrt = Paddle::RsqrtOp::create(rewriter, inverse.getLoc(),
                                            inverse.getType(), variance);
      rewriter.replaceAllUsesWith(inverse, rsqrt);
    }
    return success();
  }
};

struct FuseLayerNormPass
    : x2p::fusion::impl::FuseLayerNormBase<FuseLayerNormPass> {
  using Base::Base;

  void runOnOperation() override {
    if (failed(checkTarget(getOperation(), "fuse-layernorm", target)))
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    // Both forms on both targets: rms_norm has no CPU kernel, and the GPU
    // gains nothing x2p has measured from it.
    patterns.add<RecomposeLayerNorm>(&getContext(), /*benefit=*/2);
    patterns.add<ShortenRMSNorm>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
