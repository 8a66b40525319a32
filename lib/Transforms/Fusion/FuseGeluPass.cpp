//===- FuseGeluPass.cpp - --fuse-gelu -------------------------------------===//
//
// torch's TorchScript exporter (and transformers' GELUActivation at opsets
// below 20) writes GELU as Div/Erf/Add/Mul/Mul, GPT2's gelu_new as a
// Pow/Mul/Add/Tanh chain. Paddle has no pass that recomposes them (FACTS:
// "an erf-decomposed GELU stays 5 ops"), so the program pays five passes
// over the activations and oneDNN cannot fold the activation into the fc
// before it. The matcher starts at the erf or tanh and checks each link;
// the constants of the form, the single use of every intermediate and the
// result type are what make a rewrite exact.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/Match.h"
#include "x2p/Transforms/Fusion/Passes.h"
#include "x2p/Transforms/Fusion/Target.h"

#include "x2p/Dialect/Paddle/PaddleConstants.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <cmath>

namespace x2p::fusion {
#define GEN_PASS_DEF_FUSEGELU
#include "x2p/Transforms/Fusion/Passes.h.inc"
} // namespace x2p::fusion

using namespace mlir;
using namespace x2p;
using x2p::fusion::isConstant;
using x2p::fusion::otherOperand;
using x2p::fusion::soleUser;

namespace {

/// x where `value` is x * c (either order) or, for division, x / c.
Value scaledInput(Value value, double mulBy, double divBy) {
  if (auto div = value.getDefiningOp<Paddle::ElementwiseDivOp>())
    return isConstant(div.getY(), divBy) ? div.getX() : nullptr;
  if (auto mul = value.getDefiningOp<Paddle::ElementwiseMulOp>()) {
    if (isConstant(mul.getY(), mulBy))
      return mul.getX();
    if (isConstant(mul.getX(), mulBy))
      return mul.getY();
  }
  return nullptr;
}

/// The value `0.5 * x * inner` where inner = `onePlus` (1 + erf/tanh),
/// multiplied in any order: (x * inner) * 0.5, (inner * 0.5) * x,
/// (0.5 * x) * inner... Null when the products do not match.
Value halfXTimes(Value onePlus, Value x) {
  auto first = soleUser<Paddle::ElementwiseMulOp>(onePlus);
  if (!first)
    return nullptr;
  Value factor = otherOperand(first, onePlus);
  if (!factor)
    return nullptr;
  // (0.5 * x) * inner
  if (factor != x) {
    if (auto half = factor.getDefiningOp<Paddle::ElementwiseMulOp>())
      if (half->hasOneUse() && scaledInput(half, 0.5, 2.0) == x)
        return first.getOut();
    if (auto half = factor.getDefiningOp<Paddle::ElementwiseDivOp>())
      if (half->hasOneUse() && scaledInput(half, 0.5, 2.0) == x)
        return first.getOut();
  }
  auto second = soleUser<Paddle::ElementwiseMulOp>(first.getOut());
  if (!second)
    return nullptr;
  Value last = otherOperand(second, first.getOut());
  if (!last)
    return nullptr;
  // (x * inner) * 0.5 or (inner * 0.5) * x
  if (factor == x && isConstant(last, 0.5))
    return second.getOut();
  if (isConstant(factor, 0.5) && last == x)
    return second.getOut();
  return nullptr;
}

/// 1 + `value` (either order), as the sole user of `value`.
Value onePlus(Value value) {
  auto add = soleUser<Paddle::ElementwiseAddOp>(value);
  if (!add)
    return nullptr;
  Value other = otherOperand(add, value);
  return other && isConstant(other, 1.0) ? add.getOut() : nullptr;
}

/// x where `value` is x^3: elementwise_pow(x, 3) or (x * x) * x.
Value cubedInput(Value value) {
  if (auto pow = value.getDefiningOp<Paddle::ElementwisePowOp>())
    return isConstant(pow.getY(), 3.0) ? pow.getX() : nullptr;
  auto outer = value.getDefiningOp<Paddle::ElementwiseMulOp>();
  if (!outer)
    return nullptr;
  for (auto [square, x] : {std::pair{outer.getX(), outer.getY()},
                           std::pair{outer.getY(), outer.getX()}}) {
    auto inner = square.getDefiningOp<Paddle::ElementwiseMulOp>();
    if (inner && inner->hasOneUse() && inner.getX() == x && inner.getY() == x)
      return x;
  }
  return nullptr;
}

/// The GELU input x and its `approximate` for the erf/tanh `act`, with the
/// value the whole form computes; nullopt when `act` is not in one.
struct GeluMatch {
  Value x, result;
  bool approximate;
};

std::optional<GeluMatch> matchErf(Paddle::ErfOp erf) {
  Value x = scaledInput(erf.getX(), M_SQRT1_2, M_SQRT2);
  if (!x || !erf.getX().hasOneUse())
    return std::nullopt;
  Value plus = onePlus(erf.getOut());
  Value result = plus ? halfXTimes(plus, x) : nullptr;
  if (!result)
    return std::nullopt;
  return GeluMatch{x, result, false};
}

std::optional<GeluMatch> matchTanh(Paddle::TanhOp tanh) {
  // tanh(sqrt(2/pi) * (x + 0.044715 * x^3))
  const double k = std::sqrt(2.0 / M_PI);
  Value inner = scaledInput(tanh.getX(), k, 1.0 / k);
  if (!inner || !tanh.getX().hasOneUse() || !inner.hasOneUse())
    return std::nullopt;
  auto sum = inner.getDefiningOp<Paddle::ElementwiseAddOp>();
  if (!sum)
    return std::nullopt;
  for (auto [x, cubic] :
       {std::pair{sum.getX(), sum.getY()}, std::pair{sum.getY(), sum.getX()}}) {
    if (!cubic.hasOneUse())
      continue;
    Value cube = scaledInput(cubic, 0.044715, 1.0 / 0.044715);
    if (!cube || !cube.hasOneUse() || cubedInput(cube) != x)
      continue;
    Value plus = onePlus(tanh.getOut());
    Value result = plus ? halfXTimes(plus, x) : nullptr;
    if (result)
      return GeluMatch{x, result, true};
  }
  return std::nullopt;
}

template <typename ActOp> struct RecomposeGelu : OpRewritePattern<ActOp> {
  using OpRewritePattern<ActOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(ActOp act,
                                PatternRewriter &rewriter) const override {
    std::optional<GeluMatch> match;
    if constexpr (std::is_same_v<ActOp, Paddle::ErfOp>)
      match = matchErf(act);
    else
      match = matchTanh(act);
    if (!match || match->result.getType() != match->x.getType())
      return failure();
    Operation *last = match->result.getDefiningOp();
    rewriter.setInsertionPoint(last);
    Value gelu = Paddle::GeluOp::create(
        rewriter, last->getLoc(), match->x.getType(), match->x,
        rewriter.getBoolAttr(match->approximate));
    rewriter.replaceAllUsesWith(match->result, gelu);
    return success();
  }
};

struct FuseGeluPass : x2p::fusion::impl::FuseGeluBase<FuseGeluPass> {
  using Base::Base;

  void runOnOperation() override {
    if (failed(x2p::fusion::checkTarget(getOperation(), "fuse-gelu", target)))
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    patterns.add<RecomposeGelu<Paddle::ErfOp>, RecomposeGelu<Paddle::TanhOp>>(
        &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
