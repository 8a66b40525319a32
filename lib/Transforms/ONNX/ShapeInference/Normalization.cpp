//===- Normalization.cpp - shapes of the normalization ops ----------------===//
//
// Y keeps X's type; LayerNormalization's Mean and InvStdDev keep X's dims
// before `axis` and are 1 from there on, in the stash type's precision.
//
//===----------------------------------------------------------------------===//
#include "ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"

using namespace mlir;

namespace x2p::ONNX::shape {

static void layerNorm(LayerNormalizationOp op, Results &results) {
  results[0] = op.getX().getType();
  Type stash = op.getStashType() == 1 ? Type(Float32Type::get(op.getContext()))
                                      : elementOf(op.getX());
  std::optional<Dims> x = dimsOf(op.getX());
  std::optional<int64_t> axis;
  if (x)
    axis = normalizeAxis(op.getAxis(), x->size());
  Type stats = unranked(stash);
  if (x && axis) {
    Dims d = *x;
    for (int64_t i = *axis, e = d.size(); i < e; ++i)
      d[i] = 1;
    stats = ranked(d, stash);
  }
  for (unsigned i = 1; i < 3; ++i)
    if (!isa<NoneType>(op->getResult(i).getType()))
      results[i] = stats;
}

static void batchNorm(BatchNormalizationOp op, Results &results) {
  results[0] = op.getX().getType();
  for (unsigned i = 1; i < 3; ++i)
    if (!isa<NoneType>(op->getResult(i).getType()))
      results[i] = op.getInputMean().getType();
}

void registerNormalization(ShapeFnTable &table) {
  table.add<LayerNormalizationOp>(layerNorm);
  table.add<BatchNormalizationOp>(batchNorm);
  table.add<InstanceNormalizationOp, GroupNormalizationOp, RMSNormalizationOp>(
      [](Operation *op, Results &r) { sameAsOperand(op, r); });
}

} // namespace x2p::ONNX::shape
