//===- ONNXOpsTensor.cpp - onnx tensor-manipulation ops -------------------===//
//
// Folders of Constant and Identity, and the verifiers of Reshape, Transpose
// and Split: what ONNX forbids for statically known ranks, dims and
// attribute values. Unknown dims are never guessed.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "ONNXVerifierUtils.h"

#include "llvm/ADT/SmallVector.h"

using namespace mlir;
using namespace x2p::ONNX;

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

OpFoldResult IdentityOp::fold(FoldAdaptor) { return getInput(); }

LogicalResult ReshapeOp::verify() {
  if (failed(verifyFlag(*this, "allowzero", getAllowzero())))
    return failure();
  auto shape = cast<ShapedType>(getShape().getType());
  if (shape.hasRank() && shape.getRank() != 1)
    return emitOpError() << "'shape' must be 1-D, got rank " << shape.getRank();
  auto result = cast<ShapedType>(getReshaped().getType());
  if (shape.hasStaticShape() && result.hasRank() &&
      result.getRank() != shape.getDimSize(0))
    return emitOpError() << "result rank " << result.getRank()
                         << " differs from the " << shape.getDimSize(0)
                         << " entries of 'shape'";
  return success();
}

LogicalResult TransposeOp::verify() {
  std::optional<ArrayRef<int64_t>> perm = getPerm();
  if (!perm)
    return success();
  auto type = cast<ShapedType>(getData().getType());
  if (type.hasRank() && type.getRank() != static_cast<int64_t>(perm->size()))
    return emitOpError() << "'perm' has " << perm->size()
                         << " entries for an input of rank " << type.getRank();
  SmallVector<bool> seen(perm->size(), false);
  for (int64_t axis : *perm) {
    if (axis < 0 || axis >= static_cast<int64_t>(perm->size()) || seen[axis])
      return emitOpError() << "'perm' is not a permutation of [0, "
                           << perm->size() << ")";
    seen[axis] = true;
  }
  return success();
}

LogicalResult SplitOp::verify() {
  int64_t results = getNumResults();
  if (std::optional<int64_t> numOutputs = getNumOutputs()) {
    if (!isa<NoneType>(getSplit().getType()))
      return emitOpError("takes either the 'split' input or the "
                         "'num_outputs' attribute, not both");
    if (*numOutputs != results)
      return emitOpError() << "'num_outputs' is " << *numOutputs
                           << " but the op "
                           << "has " << results << " results";
  }
  if (auto split = dyn_cast<ShapedType>(getSplit().getType())) {
    if (split.hasRank() && split.getRank() != 1)
      return emitOpError() << "'split' must be 1-D, got rank "
                           << split.getRank();
    if (split.hasStaticShape() && split.getDimSize(0) != results)
      return emitOpError() << "'split' has " << split.getDimSize(0)
                           << " entries but the op has " << results
                           << " results";
  }
  return success();
}
