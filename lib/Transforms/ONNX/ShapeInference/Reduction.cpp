//===- Reduction.cpp - shapes of Reduce*, ArgMax/ArgMin, TopK, CumSum -----===//
//
// Reductions drop or keep (as 1) the reduced axes: Reduce* take them from
// a constant `axes` operand (all axes when absent, none with
// noop_with_empty_axes), ArgMax/ArgMin from `axis`. A non-constant `axes`
// leaves the rank known only with keepdims. The losses
// (NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss) reduce to a scalar,
// or keep the target's dims with reduction "none"; SoftmaxCrossEntropyLoss's
// log_prob has the scores' type.
//
//===----------------------------------------------------------------------===//
#include "ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"

using namespace mlir;

namespace x2p::ONNX::shape {

static int64_t intAttr(Operation *op, StringRef name, int64_t fallback) {
  if (auto a = op->getAttrOfType<IntegerAttr>(name))
    return a.getValue().getSExtValue();
  return fallback;
}

/// Result dims of reducing `dims` over `axes` (already normalized).
static Dims reduceDims(ArrayRef<int64_t> dims, ArrayRef<int64_t> axes,
                       bool keepdims) {
  Dims out;
  for (int64_t i = 0, e = dims.size(); i < e; ++i) {
    if (!llvm::is_contained(axes, i))
      out.push_back(dims[i]);
    else if (keepdims)
      out.push_back(1);
  }
  return out;
}

static void reduce(Operation *op, Results &results) {
  Value data = op->getOperand(0);
  Type elt = elementOf(data);
  bool keepdims = intAttr(op, "keepdims", 1) != 0;
  bool noop = intAttr(op, "noop_with_empty_axes", 0) != 0;
  std::optional<Dims> dims = dimsOf(data);
  Value axesValue = op->getNumOperands() > 1 ? op->getOperand(1) : Value();
  if (!dims) {
    results[0] = unranked(elt);
    return;
  }
  int64_t rank = dims->size();
  SmallVector<int64_t> axes;
  if (!isNone(axesValue)) {
    std::optional<SmallVector<int64_t>> values = constantInts(axesValue);
    if (!values) {
      // Unknown axes: with keepdims the rank stays; dims do not.
      std::optional<Dims> axesDims = dimsOf(axesValue);
      bool maybeEmpty = !axesDims || axesDims->empty() ||
                        ShapedType::isDynamic((*axesDims)[0]) ||
                        (*axesDims)[0] == 0;
      if (keepdims && !(noop && maybeEmpty))
        results[0] = ranked(Dims(rank, kDynamic), elt);
      else
        results[0] = unranked(elt);
      return;
    }
    std::optional<SmallVector<int64_t>> normalized =
        normalizeAxes(ArrayRef<int64_t>(*values), rank);
    if (!normalized) {
      results[0] = unranked(elt);
      return;
    }
    axes = std::move(*normalized);
  }
  if (axes.empty()) {
    if (noop) {
      results[0] = ranked(*dims, elt);
      return;
    }
    for (int64_t i = 0; i < rank; ++i)
      axes.push_back(i);
  }
  results[0] = ranked(reduceDims(*dims, axes, keepdims), elt);
}

static void argReduce(Operation *op, Results &results) {
  Type i64 = IntegerType::get(op->getContext(), 64);
  std::optional<Dims> dims = dimsOf(op->getOperand(0));
  if (!dims) {
    results[0] = unranked(i64);
    return;
  }
  std::optional<int64_t> axis =
      normalizeAxis(intAttr(op, "axis", 0), dims->size());
  if (!axis) {
    results[0] = unranked(i64);
    return;
  }
  results[0] =
      ranked(reduceDims(*dims, {*axis}, intAttr(op, "keepdims", 1) != 0), i64);
}

static void topK(TopKOp op, Results &results) {
  Type elt = elementOf(op.getX());
  Type i64 = IntegerType::get(op.getContext(), 64);
  std::optional<Dims> dims = dimsOf(op.getX());
  std::optional<int64_t> axis;
  if (dims)
    axis = normalizeAxis(op.getAxis(), dims->size());
  if (!dims || !axis) {
    results[0] = unranked(elt);
    results[1] = unranked(i64);
    return;
  }
  std::optional<SmallVector<int64_t>> k = constantInts(op.getK());
  (*dims)[*axis] = k && k->size() == 1 ? (*k)[0] : kDynamic;
  results[0] = ranked(*dims, elt);
  results[1] = ranked(*dims, i64);
}

/// A loss of `input`'s element type: 0-D, or `target`'s dims for "none".
static Type lossType(Value input, Value target, StringRef reduction) {
  Type element = elementOf(input);
  if (reduction != "none")
    return ranked({}, element);
  if (std::optional<Dims> t = dimsOf(target))
    return ranked(*t, element);
  return unranked(element);
}

static void nllLoss(NegativeLogLikelihoodLossOp op, Results &results) {
  results[0] = lossType(op.getInput(), op.getTarget(), op.getReduction());
}

static void sceLoss(SoftmaxCrossEntropyLossOp op, Results &results) {
  results[0] = lossType(op.getScores(), op.getLabels(), op.getReduction());
  if (!isa<NoneType>(op.getLogProb().getType()))
    results[1] = op.getScores().getType();
}

void registerReduction(ShapeFnTable &table) {
  table.add<NegativeLogLikelihoodLossOp>(nllLoss);
  table.add<SoftmaxCrossEntropyLossOp>(sceLoss);
  table.add<ReduceMeanOp, ReduceSumOp, ReduceMaxOp, ReduceMinOp, ReduceProdOp,
            ReduceL1Op, ReduceL2Op, ReduceLogSumOp, ReduceLogSumExpOp,
            ReduceSumSquareOp>(reduce);
  table.add<ArgMaxOp, ArgMinOp>(argReduce);
  table.add<TopKOp>(topK);
  table.add<CumSumOp>([](Operation *op, Results &r) { sameAsOperand(op, r); });
}

} // namespace x2p::ONNX::shape
