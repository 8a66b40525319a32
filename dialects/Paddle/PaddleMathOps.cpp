//===- PaddleMathOps.cpp - matmul, reduction and scan verifiers -----------===//
//
// Contraction dims of the matmuls, and the axis rules of reductions,
// arg_max/arg_min, top_k_v2, cumsum and cumprod, as Paddle's InferMeta
// functions enforce them at run time.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "PaddleVerifiers.h"

#include "llvm/ADT/SmallSet.h"

using namespace mlir;
using namespace x2p::Paddle;
using namespace x2p::Paddle::detail;

/// The contraction dims of X @ Y must agree; a 1-D operand is a vector,
/// which transposing does not change.
static LogicalResult verifyContraction(Operation *op, Value xv, Value yv,
                                       bool transX, bool transY) {
  auto x = ranked(xv), y = ranked(yv);
  if (!x || !y)
    return success();
  if (x.getRank() == 0 || y.getRank() == 0)
    return op->emitOpError("X and Y must have rank >= 1");
  ArrayRef<int64_t> xs = x.getShape(), ys = y.getShape();
  int64_t kx = xs.size() == 1 ? xs[0] : xs[xs.size() - (transX ? 2 : 1)];
  int64_t ky = ys.size() == 1 ? ys[0] : ys[ys.size() - (transY ? 1 : 2)];
  if (!sameOrUnknown(kx, ky))
    return op->emitOpError()
           << "contraction dims differ: X has " << kx << ", Y has " << ky;
  return success();
}

LogicalResult MatmulV2Op::verify() {
  return verifyContraction(*this, getX(), getY(), getTransX(), getTransY());
}

LogicalResult MatmulOp::verify() {
  if (getHeadNumber() < 1)
    return emitOpError() << "head_number " << getHeadNumber()
                         << " must be >= 1";
  return verifyContraction(*this, getX(), getY(), getTranspose_X(),
                           getTranspose_Y());
}

LogicalResult x2p::Paddle::detail::verifyReduce(Operation *op,
                                                ArrayRef<int32_t> dims,
                                                bool keepDim, bool reduceAll) {
  auto x = ranked(op->getOperand(0));
  if (!x || x.getRank() == 0)
    return success();
  int64_t rank = x.getRank();
  llvm::SmallSet<int64_t, 8> reduced;
  if (!reduceAll) {
    for (int32_t dim : dims) {
      FailureOr<int64_t> axis = normalizeAxis(op, dim, rank, "dim");
      if (failed(axis))
        return failure();
      if (!reduced.insert(*axis).second)
        return op->emitOpError() << "dim " << dim << " is reduced twice";
    }
  }
  int64_t kept = keepDim ? rank
                 : reduceAll || dims.empty()
                     ? 0
                     : rank - static_cast<int64_t>(reduced.size());
  if (auto out = ranked(op->getResult(0));
      out && out.getRank() != kept && !(kept == 0 && out.getRank() == 1))
    return op->emitOpError()
           << "result must have rank " << kept << ", got " << out.getRank();
  return success();
}

LogicalResult x2p::Paddle::detail::verifyArg(Operation *op, int64_t axis,
                                             bool keepdims, bool flatten,
                                             int32_t dtype) {
  if (dtype != 2 && dtype != 3)
    return op->emitOpError()
           << "dtype " << dtype << " must be 2 (int32) or 3 (int64)";
  if (failed(verifyDtype(op, "dtype", dtype, op->getResult(0).getType())))
    return failure();
  auto x = ranked(op->getOperand(0));
  if (!x || x.getRank() == 0 || flatten)
    return success();
  if (failed(normalizeAxis(op, axis, x.getRank(), "axis")))
    return failure();
  return verifyRank(op, op->getResult(0),
                    keepdims ? x.getRank() : x.getRank() - 1, "Out");
}

LogicalResult TopKV2Op::verify() {
  auto x = ranked(getX());
  if (!x || x.getRank() == 0)
    return success();
  FailureOr<int64_t> axis =
      normalizeAxis(*this, getAxis(), x.getRank(), "axis");
  if (failed(axis))
    return failure();
  if (getK_())
    return verifyNumElements(*this, getK_(), 1, "K");
  int64_t dim = x.getDimSize(*axis);
  if (getK() < 1 || (!ShapedType::isDynamic(dim) && getK() > dim))
    return emitOpError() << "k " << getK() << " must be in [1, " << dim
                         << "] (dim " << *axis << " of X)";
  for (Value v : {getOut(), getIndices()})
    if (failed(verifyRank(*this, v, x.getRank(), "Out and Indices")))
      return failure();
  return success();
}

LogicalResult CumsumOp::verify() {
  if (getFlatten())
    return success();
  return verifyAxis(*this, getX().getType(), getAxis(), "axis");
}

LogicalResult CumprodOp::verify() {
  return verifyAxis(*this, getX().getType(), getDim(), "dim");
}

LogicalResult EinsumOp::verify() {
  size_t n = getOperands_().size();
  if (n == 0)
    return emitOpError("takes at least one operand");
  if (getInnerCache().size() != n || getXShape().size() != n)
    return emitOpError() << "has " << n << " operands, so it needs " << n
                         << " InnerCache and " << n << " XShape results";
  if (getEquation().contains(' '))
    return emitOpError("equation must not contain spaces");
  return success();
}
