//===- PaddleIndexOps.cpp - index-driven op verifiers ---------------------===//
//
// Verifiers for the ops of PaddleIndexOps.td, checked as Paddle's InferMeta
// functions check them.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "PaddleVerifiers.h"

using namespace mlir;
using namespace x2p::Paddle;
using namespace x2p::Paddle::detail;

LogicalResult TrilTriuOp::verify() {
  auto x = ranked(getX());
  if (x && x.getRank() < 2)
    return emitOpError() << "X must have rank >= 2, got " << x.getRank();
  return success();
}

LogicalResult WhereIndexOp::verify() {
  auto cond = ranked(getCondition());
  if (cond && cond.getRank() == 0)
    return emitOpError("Condition must have rank >= 1");
  auto out = ranked(getOut());
  if (out && out.getRank() != 2)
    return emitOpError("result must be 2-D [count, rank(Condition)]");
  if (cond && out && !sameOrUnknown(out.getDimSize(1), cond.getRank()))
    return emitOpError() << "result dim 1 must be Condition's rank "
                         << cond.getRank();
  return success();
}

LogicalResult ScatterNdAddOp::verify() {
  auto x = ranked(getX()), index = ranked(getIndex()),
       updates = ranked(getUpdates());
  if (x && failed(verifyRank(*this, getOut(), x.getRank(), "Out")))
    return failure();
  if (!x || !index || !updates)
    return success();
  if (index.getRank() == 0)
    return emitOpError("Index must have rank >= 1");
  int64_t depth = index.getShape().back();
  if (ShapedType::isDynamic(depth))
    return success();
  if (depth > x.getRank())
    return emitOpError() << "Index tuples have " << depth
                         << " entries, more than X's rank " << x.getRank();
  int64_t want = index.getRank() - 1 + x.getRank() - depth;
  if (updates.getRank() != want)
    return emitOpError() << "Updates must have rank " << want
                         << " ([*Index.dims[:-1], *X.dims[depth:]])";
  return success();
}

/// take_along_axis/put_along_axis: Index has Input's rank, Axis in range.
static LogicalResult verifyAlongAxis(Operation *op, Value input, Value index,
                                     int64_t axis) {
  auto in = ranked(input), idx = ranked(index);
  if (in && idx && in.getRank() != idx.getRank())
    return op->emitOpError() << "Index must have Input's rank " << in.getRank()
                             << ", got " << idx.getRank();
  if (in && in.getRank() == 0)
    return op->emitOpError("Input must have rank >= 1");
  return verifyAxis(op, input.getType(), axis, "Axis");
}

LogicalResult TakeAlongAxisOp::verify() {
  if (failed(verifyAlongAxis(*this, getInput(), getIndex(), getAxis())))
    return failure();
  auto idx = ranked(getIndex()), out = ranked(getResult());
  if (idx && out && idx.getRank() != out.getRank())
    return emitOpError("Result must have Index's rank");
  return success();
}

LogicalResult PutAlongAxisOp::verify() {
  if (failed(verifyOneOf(*this, "Reduce", getReduce(),
                         {"assign", "add", "mul", "multiply", "amin", "amax",
                          "mean"})))
    return failure();
  return verifyAlongAxis(*this, getInput(), getIndex(), getAxis());
}

LogicalResult ArgsortOp::verify() {
  auto x = ranked(getX());
  if (x && x.getRank() > 0 &&
      failed(verifyAxis(*this, getX().getType(), getAxis(), "axis")))
    return failure();
  for (Value v : {getOut(), getIndices()}) {
    auto t = ranked(v);
    if (x && t && t.getRank() != x.getRank())
      return emitOpError("Out and Indices must have X's rank");
  }
  return success();
}
