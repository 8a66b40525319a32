//===- Elementwise.cpp - shapes of elementwise and activation ops ---------===//
//
// Unary math, activations and normalizing activations keep their input's
// type; binary and variadic ops broadcast multidirectionally; comparisons
// and logic produce i1; Cast takes its element type from `to`. Dropout and
// Identity pass their input's type on.
//
//===----------------------------------------------------------------------===//
#include "ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"

using namespace mlir;

namespace x2p::ONNX::shape {

/// Broadcast of all tensor operands from `first`; element type from
/// operand `eltFrom`, or `elt` when given.
static void broadcastOperands(Operation *op, Results &results, unsigned first,
                              Type elt) {
  Dims dims;
  for (unsigned i = first, e = op->getNumOperands(); i < e; ++i) {
    std::optional<Dims> d = dimsOf(op->getOperand(i));
    if (!d) {
      results[0] = unranked(elt);
      return;
    }
    std::optional<Dims> b = broadcast(dims, *d);
    if (!b) {
      results[0] = unranked(elt);
      return;
    }
    dims = *b;
  }
  results[0] = ranked(dims, elt);
}

static void arithmetic(Operation *op, Results &results) {
  broadcastOperands(op, results, 0, elementOf(op->getOperand(0)));
}

static void comparison(Operation *op, Results &results) {
  broadcastOperands(op, results, 0, IntegerType::get(op->getContext(), 1));
}

static void where(Operation *op, Results &results) {
  broadcastOperands(op, results, 0, elementOf(op->getOperand(1)));
}

static void pow(Operation *op, Results &results) {
  // Pow's result has the base's element type, the exponent may differ.
  broadcastOperands(op, results, 0, elementOf(op->getOperand(0)));
}

static void unary(Operation *op, Results &results) {
  sameAsOperand(op, results);
}

static void cast(CastOp op, Results &results) {
  Type elt = elementTypeOf(op.getTo(), op.getContext());
  if (!elt) // Types elementTypeOf() does not map: the importer's is right.
    elt = elementOf(op.getOutput());
  if (!elt)
    return;
  if (std::optional<Dims> d = dimsOf(op.getInput()))
    results[0] = ranked(*d, elt);
  else
    results[0] = unranked(elt);
}

static void castLike(CastLikeOp op, Results &results) {
  Type elt = elementOf(op.getTargetType());
  if (std::optional<Dims> d = dimsOf(op.getInput()))
    results[0] = ranked(*d, elt);
  else
    results[0] = unranked(elt);
}

static void dropout(DropoutOp op, Results &results) {
  results[0] = op.getData().getType();
  if (isa<NoneType>(op.getMask().getType()))
    return;
  Type i1 = IntegerType::get(op.getContext(), 1);
  if (std::optional<Dims> d = dimsOf(op.getData()))
    results[1] = ranked(*d, i1);
  else
    results[1] = unranked(i1);
}

/// Operand 0's shape with the result's own element type (which the
/// importer derives from attributes or other operands).
static void sameShapeOwnElement(Operation *op, Results &results) {
  Type elt = elementOf(op->getResult(0));
  if (std::optional<Dims> d = dimsOf(op->getOperand(0)))
    results[0] = ranked(*d, elt);
}

static void predicate(Operation *op, Results &results) {
  Type i1 = IntegerType::get(op->getContext(), 1);
  if (std::optional<Dims> d = dimsOf(op->getOperand(0)))
    results[0] = ranked(*d, i1);
  else
    results[0] = unranked(i1);
}

void registerElementwise(ShapeFnTable &table) {
  table.add<QuantizeLinearOp, DequantizeLinearOp, EyeLikeOp, BernoulliOp,
            RandomNormalLikeOp, RandomUniformLikeOp>(sameShapeOwnElement);
  table.add<IsInfOp, IsNaNOp>(predicate);
  table.add<CumProdOp>([](Operation *op, Results &r) { sameAsOperand(op, r); });
  table.add<AddOp, SubOp, MulOp, DivOp, ModOp, MaxOp, MinOp, SumOp, MeanOp,
            BitShiftOp, BitwiseAndOp, BitwiseOrOp, BitwiseXorOp, PReluOp>(
      arithmetic);
  table.add<PowOp>(pow);
  table.add<EqualOp, LessOp, LessOrEqualOp, GreaterOp, GreaterOrEqualOp, AndOp,
            OrOp, XorOp>(comparison);
  table.add<WhereOp>(where);
  table.add<
      // Unary math.
      AbsOp, AcosOp, AcoshOp, AsinOp, AsinhOp, AtanOp, AtanhOp, CeilOp, CosOp,
      CoshOp, ErfOp, ExpOp, FloorOp, LogOp, NegOp, NotOp, ReciprocalOp, RoundOp,
      SignOp, SinOp, SinhOp, SqrtOp, TanOp, TanhOp, BitwiseNotOp,
      // Activations.
      ReluOp, SigmoidOp, GeluOp, LeakyReluOp, HardSigmoidOp, HardSwishOp, EluOp,
      SeluOp, CeluOp, SoftplusOp, SoftsignOp, MishOp, ThresholdedReluOp,
      ShrinkOp, ClipOp, SoftmaxOp, LogSoftmaxOp, HardmaxOp, IdentityOp,
      LpNormalizationOp, MeanVarianceNormalizationOp, LRNOp>(unary);
  table.add<CastOp>(cast);
  table.add<CastLikeOp>(castLike);
  table.add<DropoutOp>(dropout);
}

} // namespace x2p::ONNX::shape
