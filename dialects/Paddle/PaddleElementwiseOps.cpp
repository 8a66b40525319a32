//===- PaddleElementwiseOps.cpp - elementwise op verifiers ----------------===//
//
// Paddle's elementwise broadcast (with its `axis` alignment), and the
// checks of scale, clip and cast, which Paddle makes only at run time.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "PaddleVerifiers.h"

using namespace mlir;
using namespace x2p::Paddle;
using namespace x2p::Paddle::detail;

LogicalResult x2p::Paddle::detail::verifyBroadcast(Operation *op,
                                                   int32_t axis) {
  auto x = ranked(op->getOperand(0)), y = ranked(op->getOperand(1));
  if (axis < -1)
    return op->emitOpError() << "axis " << axis << " must be -1 or >= 0";
  if (!x || !y)
    return success();
  int64_t maxRank = std::max(x.getRank(), y.getRank());
  int64_t minRank = std::min(x.getRank(), y.getRank());
  if (axis != -1 && axis >= std::max<int64_t>(maxRank, 1))
    return op->emitOpError()
           << "axis " << axis << " must be -1 or in [0, " << maxRank << ")";
  int64_t start = axis == -1 ? maxRank - minRank : axis;
  if (start + minRank > maxRank)
    return op->emitOpError()
           << "the " << minRank << " dims of the lower-rank operand do not "
           << "fit at axis " << axis << " of the " << maxRank << " others";
  bool xIsLong = x.getRank() >= y.getRank();
  ArrayRef<int64_t> longDims = xIsLong ? x.getShape() : y.getShape();
  ArrayRef<int64_t> shortDims = xIsLong ? y.getShape() : x.getShape();
  for (auto [i, dim] : llvm::enumerate(shortDims)) {
    int64_t other = longDims[start + i];
    if (dim == 1 || other == 1 || sameOrUnknown(dim, other))
      continue;
    return op->emitOpError()
           << "X and Y do not broadcast: dim " << start + i << " is "
           << (xIsLong ? other : dim) << " in X and " << (xIsLong ? dim : other)
           << " in Y";
  }
  if (auto out = ranked(op->getResult(0)); out && out.getRank() != maxRank)
    return op->emitOpError()
           << "result must have rank " << maxRank << ", got " << out.getRank();
  return success();
}

LogicalResult ScaleOp::verify() {
  if (getElementTypeOrSelf(getX().getType()) !=
      getElementTypeOrSelf(getOut().getType()))
    return emitOpError("X and Out must have the same element type");
  for (Value v : {getScaleTensor(), getBiasTensor()})
    if (v && failed(verifyNumElements(*this, v, 1, "ScaleTensor/BiasTensor")))
      return failure();
  return success();
}

LogicalResult HardSwishOp::verify() {
  // Paddle's phi kernel takes no attributes: other values would be
  // silently replaced by these.
  if (getThreshold().convertToFloat() != 6.0f ||
      getScale().convertToFloat() != 6.0f ||
      getOffset().convertToFloat() != 3.0f)
    return emitOpError("Paddle's kernel only computes threshold 6, scale 6, "
                       "offset 3; it ignores other values");
  return success();
}

LogicalResult ClipOp::verify() {
  if (getElementTypeOrSelf(getX().getType()) !=
      getElementTypeOrSelf(getOut().getType()))
    return emitOpError("X and Out must have the same element type");
  for (Value v : {getMin_(), getMax_()})
    if (v && failed(verifyNumElements(*this, v, 1, "Min/Max")))
      return failure();
  if (!getMin_() && !getMax_() &&
      getMinAttr().getValueAsDouble() > getMaxAttr().getValueAsDouble())
    return emitOpError() << "min " << getMinAttr().getValueAsDouble()
                         << " must not exceed max "
                         << getMaxAttr().getValueAsDouble();
  return success();
}

LogicalResult x2p::Paddle::detail::verifyDtype(Operation *op, StringRef what,
                                               int32_t code, Type type) {
  Type expected = elementTypeOf(code, op->getContext());
  if (!expected)
    return op->emitOpError()
           << what << " " << code << " is not a Paddle tensor dtype code";
  if (expected != getElementTypeOrSelf(type))
    return op->emitOpError()
           << what << " " << code << " names " << expected << ", but the "
           << (what == "in_dtype" ? "input" : "result") << " holds "
           << getElementTypeOrSelf(type);
  return success();
}

LogicalResult CastOp::verify() {
  if (failed(verifyDtype(*this, "in_dtype", getInDtype(), getX().getType())))
    return failure();
  return verifyDtype(*this, "out_dtype", getOutDtype(), getOut().getType());
}
