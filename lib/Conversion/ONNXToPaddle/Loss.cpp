//===- Loss.cpp - ONNX losses → paddle ------------------------------------===//
//
// NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss, built from plain
// ops rather than Paddle's nll_loss (2-D or 4-D input only, and not in the
// dialect), one NLL builder for both (SoftmaxCrossEntropyLoss is
// log_softmax over axis 1, then the NLL):
//
//   picked[n, d...] = input[n, t[n, d...], d...]    take_along_axis, axis 1
//   loss            = -picked * weight[t]           lookup_table_v2 of the
//                                                   weight as a (C, 1) table
//   loss, weight[t] = 0 where t == ignore_index     where
//
// and `mean` divides sum(loss) by the sum of the picked weights (those of
// the targets not ignored, 1 each without a weight input), as PyTorch and
// onnxruntime do. (ONNX's reference agrees except for NLL with
// ignore_index -1 and no weight, where it divides by all targets; no node
// test takes that case.) Ignored targets, which may lie anywhere (-1, or
// past C), are replaced by 0 before either gather so neither reads out of
// range; their loss is then selected away rather than multiplied by 0, so
// an infinite log-probability at class 0 cannot turn it into NaN.
//
// Paddle's CPU take_along_axis and log_softmax have no float16 variant, so
// float16 and bfloat16 losses compute in float32, with the outputs cast
// back.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "NNCommon.h"
#include "Patterns.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <limits>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;

namespace {

bool isUsed(Value v) { return v && !isNone(v) && !v.use_empty(); }

/// The element type the loss is computed in: f32 for f16/bf16.
Type computeElement(Type element) {
  if (element.isF16() || element.isBF16())
    return Float32Type::get(element.getContext());
  return element;
}

/// Why the operands cannot be converted, or nullopt when they can.
std::optional<std::string> checkOperands(Value input, Value target,
                                         Value weight, StringRef reduction,
                                         std::optional<int64_t> ignoreIndex) {
  // fill_constant reads an integer's str_value through a double.
  constexpr int64_t kExact = int64_t(1) << 53;
  if (ignoreIndex && (*ignoreIndex > kExact || *ignoreIndex < -kExact))
    return std::string("ignore_index beyond +-2^53 has no exact Paddle "
                       "fill_constant (its value is read as a double)");
  if (reduction != "none" && reduction != "sum" && reduction != "mean")
    return ("unknown reduction '" + reduction + "'").str();
  auto in = rankedType(input), t = rankedType(target);
  if (!in || !t)
    return std::string("input and target must have known ranks");
  if (in.getRank() < 2)
    return std::string("input must have rank >= 2 (N, C, d1, ...)");
  if (t.getRank() != in.getRank() - 1)
    return std::string("target must have input's rank minus one");
  if (!isNone(weight)) {
    auto w = rankedType(weight);
    if (!w || w.getRank() != 1)
      return std::string("weight must be 1-D");
  }
  return std::nullopt;
}

/// `value` cast to `type`'s element type, ending with a value of exactly
/// `type` (the ONNX result's type).
Value finish(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  Type from = getElementTypeOrSelf(value.getType());
  Type to = getElementTypeOrSelf(type);
  if (from == to)
    return Paddle::AssignOp::create(b, loc, type, value);
  return Paddle::CastOp::create(
      b, loc, type, value, b.getSI32IntegerAttr(*Paddle::varTypeCodeOf(from)),
      b.getSI32IntegerAttr(*Paddle::varTypeCodeOf(to)));
}

/// The NLL of log-probabilities `logp` (N, C, d...; f32 or f64) at
/// `target` (N, d...), with the optional `weight` (C; logp's element type
/// or null) and `ignoreIndex`, reduced by `reduction`, in logp's element
/// type.
Value buildNLL(OpBuilder &b, Location loc, Value logp, Value target,
               Value weight, std::optional<int64_t> ignoreIndex,
               StringRef reduction) {
  auto tType = cast<RankedTensorType>(target.getType());
  Type element = getElementTypeOrSelf(logp.getType());
  Type tElement = tType.getElementType();
  auto lossType = RankedTensorType::get(tType.getShape(), element);
  auto maskType = RankedTensorType::get(tType.getShape(), b.getI1Type());
  auto numpy = b.getSI32IntegerAttr(-1);
  int64_t rank = tType.getRank();

  // An int32 target never equals an ignore_index outside int32.
  if (ignoreIndex && tElement.isInteger(32) &&
      (*ignoreIndex < std::numeric_limits<int32_t>::min() ||
       *ignoreIndex > std::numeric_limits<int32_t>::max()))
    ignoreIndex.reset();
  // keep: the targets not ignored; the gathers read class 0 for the others.
  Value keep, index = target;
  if (ignoreIndex) {
    // str_value carries the exact int64 (the float `value` rounds).
    Value ignored = Paddle::FillConstantOp::create(
        b, loc, RankedTensorType::get({1}, tElement), Value(), Value(),
        ValueRange{}, b.getSI32IntegerAttr(*Paddle::varTypeCodeOf(tElement)),
        b.getDenseI64ArrayAttr({1}),
        b.getF32FloatAttr(static_cast<float>(*ignoreIndex)),
        b.getStringAttr(std::to_string(*ignoreIndex)));
    keep = Paddle::NotEqualOp::create(b, loc, maskType, target, ignored, numpy);
    Value zeros = Paddle::FillAnyLikeOp::create(
        b, loc, tType, target, b.getF32FloatAttr(0.0f),
        b.getSI32IntegerAttr(-1));
    index = Paddle::WhereOp::create(b, loc, tType, keep, target, zeros);
  }

  Value column = unsqueeze(b, loc, index, {1});
  SmallVector<int64_t> pickedShape(tType.getShape());
  pickedShape.insert(pickedShape.begin() + 1, 1);
  Value picked = Paddle::TakeAlongAxisOp::create(
      b, loc, RankedTensorType::get(pickedShape, element), logp, column,
      b.getSI32IntegerAttr(1));
  picked = squeeze(b, loc, picked, {1}, lossType);
  Value loss = Paddle::ScaleOp::create(
      b, loc, lossType, picked, Value(), Value(), b.getF32FloatAttr(-1.0f),
      b.getF32FloatAttr(0.0f), b.getBoolAttr(true));

  // picks: weight[t] (with 0 at ignored targets), or null where every
  // target counts 1.
  Value picks;
  if (weight) {
    int64_t c = cast<RankedTensorType>(weight.getType()).getDimSize(0);
    Value table = reshape(b, loc, weight, {-1, 1},
                          RankedTensorType::get({c, 1}, element));
    SmallVector<int64_t> rowsShape(tType.getShape());
    rowsShape.push_back(1);
    Value rows = Paddle::LookupTableV2Op::create(
        b, loc, RankedTensorType::get(rowsShape, element), index, table,
        b.getIntegerAttr(b.getIntegerType(64, /*isSigned=*/true), -1));
    picks = squeeze(b, loc, rows, {static_cast<int32_t>(rank)}, lossType);
    loss = Paddle::ElementwiseMulOp::create(b, loc, lossType, loss, picks,
                                            numpy);
  }
  if (keep) {
    Value zeros = Paddle::FillAnyLikeOp::create(
        b, loc, lossType, loss, b.getF32FloatAttr(0.0f),
        b.getSI32IntegerAttr(-1));
    loss = Paddle::WhereOp::create(b, loc, lossType, keep, loss, zeros);
    picks = picks ? Value(Paddle::WhereOp::create(b, loc, lossType, keep,
                                                  picks, zeros))
                  : castElements(b, loc, keep, element);
  }
  if (reduction == "none")
    return loss; // the caller restores target's dims

  auto scalar = RankedTensorType::get({}, element);
  SmallVector<int32_t> all;
  for (int64_t i = 0; i < rank; ++i)
    all.push_back(static_cast<int32_t>(i));
  auto total = [&](Value v, bool mean) -> Value {
    auto dims = b.getDenseI32ArrayAttr(all);
    if (mean)
      return Paddle::ReduceMeanOp::create(b, loc, scalar, v, dims,
                                          b.getBoolAttr(false),
                                          b.getBoolAttr(true));
    return Paddle::ReduceSumOp::create(b, loc, scalar, v, dims,
                                       b.getBoolAttr(false),
                                       b.getBoolAttr(true));
  };
  Value result;
  if (reduction == "sum") {
    result = total(loss, false);
  } else if (!picks) {
    result = total(loss, true);
  } else {
    Value sum = total(loss, false);
    Value weights = total(picks, false);
    result = Paddle::ElementwiseDivOp::create(b, loc, scalar, sum, weights,
                                              numpy);
  }
  return result;
}

/// reshape2 of `value` to `type` (the same element type), by the `shape`
/// attribute or, when null, the dims of `like` at run time. Paddle
/// Inference runs float32 reshapes with oneDNN, which takes at most 6 dims;
/// beyond that the reshape goes through float64, which oneDNN leaves to
/// the plain kernel (both casts are exact).
Value reshapeTo(OpBuilder &b, Location loc, Value value,
                std::optional<SmallVector<int32_t>> shape, Value like,
                RankedTensorType type) {
  auto current = cast<RankedTensorType>(value.getType());
  Type element = current.getElementType();
  bool detour = element.isF32() &&
                std::max(current.getRank(), type.getRank()) > 6;
  if (detour) {
    value = castElements(b, loc, value, b.getF64Type());
    current = cast<RankedTensorType>(value.getType());
  }
  auto resultType = RankedTensorType::get(type.getShape(),
                                          current.getElementType());
  if (shape) {
    value = reshape(b, loc, value, *shape, resultType);
  } else {
    SmallVector<int64_t> xshape{0};
    llvm::append_range(xshape, current.getShape());
    value = Paddle::Reshape2Op::create(
                b, loc,
                TypeRange{resultType, RankedTensorType::get(
                                          xshape, current.getElementType())},
                value, shapeTensorOf(b, loc, like, b.getI32Type()),
                ValueRange{}, b.getDenseI32ArrayAttr({}))
                .getOut();
  }
  return detour ? castElements(b, loc, value, element) : value;
}

/// `value` reshaped to the dims of `like` (the ONNX operand whose dims it
/// has, flattened) unless it is a reduced scalar, then cast to exactly
/// `type` (the ONNX result's type, which may be unranked).
Value restore(OpBuilder &b, Location loc, Value value, Value like, Type type) {
  auto current = cast<RankedTensorType>(value.getType());
  auto shape = cast<RankedTensorType>(like.getType()).getShape();
  if (current.getRank() != 0 && current.getShape() != shape) {
    auto reshaped = RankedTensorType::get(shape, current.getElementType());
    std::optional<SmallVector<int32_t>> dims;
    if (!ShapedType::isDynamicShape(shape))
      dims = toI32(shape);
    value = reshapeTo(b, loc, value, dims, like, reshaped);
  }
  return finish(b, loc, value, type);
}

/// The operands of both losses in the form the NLL builder takes: input
/// (N, C, d...) and weight in the compute type; input and target with the
/// d dims flattened into one (as ONNX's reference does) where there are
/// several: oneDNN kernels, which Paddle Inference picks for log_softmax,
/// scale and the reshapes, take at most 6 dims.
struct Prepared {
  Value input, target, weight;
};
FailureOr<Prepared> prepare(OpBuilder &b, Location loc, Operation *op,
                            Failures &failures, Value input, Value target,
                            Value weight, StringRef reduction,
                            std::optional<int64_t> ignoreIndex) {
  if (auto why =
          checkOperands(input, target, weight, reduction, ignoreIndex))
    return failures.fail(op, *why);
  Type element = computeElement(getElementTypeOrSelf(input.getType()));
  Prepared p;
  p.input = castElements(b, loc, input, element);
  p.target = target;
  if (!isNone(weight))
    p.weight = castElements(b, loc, weight, element);
  auto in = cast<RankedTensorType>(input.getType());
  if (in.getRank() > 3) {
    auto spatial = in.getShape().drop_front(2);
    int64_t d = 1;
    for (int64_t dim : spatial)
      d = ShapedType::isDynamic(dim) || ShapedType::isDynamic(d)
              ? ShapedType::kDynamic
              : d * dim;
    p.input = reshapeTo(
        b, loc, p.input, SmallVector<int32_t>{0, 0, -1}, Value(),
        RankedTensorType::get({in.getDimSize(0), in.getDimSize(1), d},
                              element));
    auto t = cast<RankedTensorType>(target.getType());
    p.target = reshapeTo(
        b, loc, target, SmallVector<int32_t>{0, -1}, Value(),
        RankedTensorType::get({t.getDimSize(0), d}, t.getElementType()));
  }
  return p;
}

struct NLLLossToPaddle : ReportingPattern<ONNX::NegativeLogLikelihoodLossOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::NegativeLogLikelihoodLossOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    FailureOr<Prepared> p =
        prepare(rewriter, loc, op, failures, adaptor.getInput(),
                adaptor.getTarget(), adaptor.getWeight(), op.getReduction(),
                op.getIgnoreIndex());
    if (failed(p))
      return failure();
    Value loss = buildNLL(rewriter, loc, p->input, p->target, p->weight,
                          op.getIgnoreIndex(), op.getReduction());
    rewriter.replaceOp(
        op, restore(rewriter, loc, loss, adaptor.getTarget(), op.getType()));
    return success();
  }
};

struct SoftmaxCrossEntropyLossToPaddle
    : ReportingPattern<ONNX::SoftmaxCrossEntropyLossOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::SoftmaxCrossEntropyLossOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    bool wantLogProb = isUsed(op.getLogProb());
    FailureOr<Prepared> p =
        prepare(rewriter, loc, op, failures, adaptor.getScores(),
                adaptor.getLabels(), adaptor.getWeights(), op.getReduction(),
                op.getIgnoreIndex());
    if (failed(p))
      return failure();
    Value logp = Paddle::LogSoftmaxOp::create(rewriter, loc,
                                              p->input.getType(), p->input,
                                              rewriter.getSI32IntegerAttr(1));
    SmallVector<Value> results(op->getNumResults(), Value());
    Value loss = buildNLL(rewriter, loc, logp, p->target, p->weight,
                          op.getIgnoreIndex(), op.getReduction());
    results[0] = restore(rewriter, loc, loss, adaptor.getLabels(),
                         op.getOutput().getType());
    if (wantLogProb)
      results[1] = restore(rewriter, loc, logp, adaptor.getScores(),
                           op.getLogProb().getType());
    rewriter.replaceOp(op, results);
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateLossPatterns(const TypeConverter &converter,
                                               RewritePatternSet &patterns,
                                               Failures &failures) {
  patterns.add<NLLLossToPaddle, SoftmaxCrossEntropyLossToPaddle>(
      converter, patterns.getContext(), failures);
}
