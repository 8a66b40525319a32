//===- PaddleVerifiers.cpp - checks shared by paddle op verifiers ---------===//
//
// The small helpers every family's verifiers use. Messages name the
// attribute or slot at fault as Paddle spells it, so a user can find it in
// the model. Unknown dims never fail a check.
//
//===----------------------------------------------------------------------===//
#include "PaddleVerifiers.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;

namespace x2p::Paddle::detail {

RankedTensorType ranked(Value value) {
  return value ? dyn_cast<RankedTensorType>(value.getType())
               : RankedTensorType();
}

bool sameOrUnknown(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

FailureOr<int64_t> normalizeAxis(Operation *op, int64_t axis, int64_t rank,
                                 StringRef what) {
  if (axis < -rank || axis >= rank)
    return op->emitOpError()
           << what << " " << axis << " is out of range for rank " << rank;
  return axis < 0 ? axis + rank : axis;
}

LogicalResult verifyAxis(Operation *op, Type type, int64_t axis,
                         StringRef what) {
  auto shaped = dyn_cast<RankedTensorType>(type);
  if (!shaped || shaped.getRank() == 0)
    return success();
  return normalizeAxis(op, axis, shaped.getRank(), what);
}

LogicalResult verifyRank(Operation *op, Value value, int64_t rank,
                         StringRef what) {
  auto type = ranked(value);
  if (type && type.getRank() != rank)
    return op->emitOpError()
           << what << " must have rank " << rank << ", got " << type.getRank();
  return success();
}

LogicalResult verifyNumElements(Operation *op, Value value, int64_t count,
                                StringRef what) {
  auto type = ranked(value);
  if (!type || !type.hasStaticShape() || ShapedType::isDynamic(count) ||
      type.getNumElements() == count)
    return success();
  return op->emitOpError() << what << " must hold " << count
                           << " elements, got " << type.getNumElements();
}

LogicalResult verifyXShape(Operation *op, Value x, Value xshape) {
  auto xType = ranked(x), xshapeType = ranked(xshape);
  if (!xType || !xshapeType)
    return success();
  if (xshapeType.getRank() != xType.getRank() + 1)
    return op->emitOpError() << "XShape must have rank " << xType.getRank() + 1
                             << " ([0, *X.dims]), got " << xshapeType.getRank();
  if (!sameOrUnknown(xshapeType.getDimSize(0), 0))
    return op->emitOpError("XShape's first dim must be 0 ([0, *X.dims])");
  return success();
}

LogicalResult verifyOneOf(Operation *op, StringRef what, StringRef value,
                          ArrayRef<StringRef> allowed) {
  if (llvm::is_contained(allowed, value))
    return success();
  InFlightDiagnostic diag = op->emitOpError()
                            << what << " \"" << value << "\" is not one of ";
  llvm::interleaveComma(allowed, diag,
                        [&](StringRef s) { diag << "\"" << s << "\""; });
  return diag;
}

} // namespace x2p::Paddle::detail
