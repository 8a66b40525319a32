//===- ONNXTraits.cpp - generic checks of onnx op attributes --------------===//
//
// The bodies of the traits in ONNXTraits.h, out of line so the ~200
// generated op classes share one copy.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXTraits.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/SmallSet.h"

using namespace mlir;

/// The rank of operand `index`, or nothing when it is absent or unranked.
static std::optional<int64_t> operandRank(Operation *op, unsigned index) {
  if (index >= op->getNumOperands())
    return std::nullopt;
  auto type = dyn_cast<ShapedType>(op->getOperand(index).getType());
  if (!type || !type.hasRank())
    return std::nullopt;
  return type.getRank();
}

LogicalResult x2p::ONNX::detail::verifyAxisInRange(Operation *op,
                                                   unsigned operand,
                                                   bool inclusiveRank) {
  auto axis = op->getAttrOfType<IntegerAttr>("axis");
  std::optional<int64_t> rank = operandRank(op, operand);
  if (!axis || !rank)
    return success();
  int64_t value = axis.getValue().getSExtValue();
  int64_t high = inclusiveRank ? *rank : *rank - 1;
  if (value < -*rank || value > high)
    return op->emitOpError()
           << "axis " << value << " is out of range for rank " << *rank
           << " (expected [" << -*rank << ", " << high << "])";
  return success();
}

LogicalResult x2p::ONNX::detail::verifyAxesInRange(Operation *op,
                                                   unsigned operand) {
  auto axes = op->getAttrOfType<DenseI64ArrayAttr>("axes");
  std::optional<int64_t> rank = operandRank(op, operand);
  if (!axes || !rank)
    return success();
  llvm::SmallSet<int64_t, 8> seen;
  for (int64_t axis : axes.asArrayRef()) {
    if (axis < -*rank || axis >= *rank)
      return op->emitOpError()
             << "axes entry " << axis << " is out of range for rank " << *rank
             << " (expected [" << -*rank << ", " << *rank - 1 << "])";
    if (!seen.insert(axis < 0 ? axis + *rank : axis).second)
      return op->emitOpError() << "axes entry " << axis << " repeats an axis";
  }
  return success();
}

LogicalResult x2p::ONNX::detail::verifyMinArity(Operation *op,
                                                unsigned minOperands,
                                                unsigned minResults) {
  if (op->getNumOperands() < minOperands)
    return op->emitOpError()
           << "expected " << minOperands << " or more operands, but found "
           << op->getNumOperands();
  if (op->getNumResults() < minResults)
    return op->emitOpError()
           << "expected " << minResults << " or more results, but found "
           << op->getNumResults();
  return success();
}
