//===- PaddleOps.cpp - paddle op verifiers --------------------------------===//
//
// Verifiers reject what Paddle's kernels and InferMeta functions would reject
// at run time (axis ranges, ranks, contraction dims), so a bad model fails at
// compile time with the location it came from. Unknown dims are not guessed.
//
//===----------------------------------------------------------------------===//
#include "dialects/Paddle/PaddleOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

using namespace mlir;
using namespace x2p::Paddle;

static bool sameOrUnknown(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

/// Paddle's softmax/concat-style axis: in [-rank, rank) for rank > 0.
static LogicalResult verifyAxis(Operation *op, Type type, int64_t axis) {
  auto shaped = cast<ShapedType>(type);
  if (!shaped.hasRank() || shaped.getRank() == 0)
    return success();
  int64_t rank = shaped.getRank();
  if (axis < -rank || axis >= rank)
    return op->emitOpError()
           << "axis " << axis << " is out of range for rank " << rank;
  return success();
}

LogicalResult ParameterOp::verify() {
  if (getName().empty())
    return emitOpError("parameter name must not be empty");
  return success();
}

LogicalResult MatmulV2Op::verify() {
  auto x = cast<ShapedType>(getX().getType());
  auto y = cast<ShapedType>(getY().getType());
  if (!x.hasRank() || !y.hasRank())
    return success();
  if (x.getRank() == 0 || y.getRank() == 0)
    return emitOpError("X and Y must have rank >= 1");
  ArrayRef<int64_t> xs = x.getShape(), ys = y.getShape();
  // A 1-D operand is a vector; transposing it changes nothing.
  int64_t kx = xs.size() == 1 ? xs[0] : xs[xs.size() - (getTransX() ? 2 : 1)];
  int64_t ky = ys.size() == 1 ? ys[0] : ys[ys.size() - (getTransY() ? 1 : 2)];
  if (!sameOrUnknown(kx, ky))
    return emitOpError() << "contraction dims differ: X has " << kx
                         << ", Y has " << ky;
  return success();
}

LogicalResult ElementwiseAddOp::verify() {
  auto x = cast<ShapedType>(getX().getType());
  auto y = cast<ShapedType>(getY().getType());
  int32_t axis = getAxis();
  if (axis == -1 || !x.hasRank() || !y.hasRank())
    return success();
  int64_t maxRank = std::max(x.getRank(), y.getRank());
  if (axis < 0 || axis >= std::max<int64_t>(maxRank, 1))
    return emitOpError() << "axis " << axis << " must be -1 or in [0, "
                         << maxRank << ")";
  return success();
}

LogicalResult SoftmaxOp::verify() {
  return verifyAxis(*this, getX().getType(), getAxis());
}

LogicalResult Reshape2Op::verify() {
  ArrayRef<int32_t> shape = getShape();
  int inferred = 0;
  for (int32_t dim : shape) {
    if (dim < -1)
      return emitOpError() << "'shape' entries must be >= -1, got " << dim;
    inferred += dim == -1;
  }
  if (inferred > 1)
    return emitOpError("'shape' may hold at most one -1");
  bool shapeFromTensors = getShapeTensor().size() || getShape_();
  auto out = cast<ShapedType>(getOut().getType());
  if (!shapeFromTensors) {
    if (shape.empty())
      return emitOpError("needs a 'shape' attribute, Shape or ShapeTensor");
    if (out.hasRank() && out.getRank() != static_cast<int64_t>(shape.size()))
      return emitOpError() << "result rank " << out.getRank()
                           << " differs from the " << shape.size()
                           << " entries of 'shape'";
  }
  if (!getShapeTensor().empty() && out.hasRank() &&
      out.getRank() != static_cast<int64_t>(getShapeTensor().size()))
    return emitOpError() << "result rank " << out.getRank() << " differs from "
                         << getShapeTensor().size() << " ShapeTensor operands";
  auto x = cast<ShapedType>(getX().getType());
  auto xshape = cast<ShapedType>(getXShape().getType());
  if (x.hasRank() && xshape.hasRank() && xshape.getRank() != x.getRank() + 1)
    return emitOpError() << "XShape must have rank " << x.getRank() + 1
                         << " ([0, *X.dims]), got " << xshape.getRank();
  return success();
}

LogicalResult LayerNormOp::verify() {
  auto x = cast<ShapedType>(getX().getType());
  if (!x.hasRank())
    return success();
  int64_t rank = x.getRank(), begin = getBeginNormAxis();
  if (begin <= 0 || begin >= rank)
    return emitOpError() << "begin_norm_axis " << begin << " must be in [1, "
                         << rank << ")";
  int64_t right = 1;
  for (int64_t dim : x.getShape().drop_front(begin))
    right = ShapedType::isDynamic(dim) || ShapedType::isDynamic(right)
                ? ShapedType::kDynamic
                : right * dim;
  for (Value v : {getScale(), getBias()}) {
    if (!v)
      continue;
    auto t = cast<ShapedType>(v.getType());
    if (t.hasStaticShape() && !sameOrUnknown(t.getNumElements(), right))
      return emitOpError() << "Scale and Bias must hold " << right
                           << " elements (the normalized dims), got "
                           << t.getNumElements();
  }
  return success();
}

#define GET_OP_CLASSES
#include "dialects/Paddle/PaddleOps.cpp.inc"
