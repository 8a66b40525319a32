//===- ONNXOps.cpp - onnx op verifiers and folders ------------------------===//
//
// Verifiers reject what the ONNX specification forbids for statically known
// ranks, dims and attribute values; unknown dims are never guessed.
//
//===----------------------------------------------------------------------===//
#include "dialects/ONNX/ONNXOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

using namespace mlir;
using namespace x2p::ONNX;

/// Checks that a 0/1 flag attribute (transA, allowzero, ...) holds 0 or 1.
static LogicalResult verifyFlag(Operation *op, StringRef name, int64_t value) {
  if (value == 0 || value == 1)
    return success();
  return op->emitOpError() << "attribute '" << name << "' must be 0 or 1, got "
                           << value;
}

//===----------------------------------------------------------------------===//
// Constant / Identity
//===----------------------------------------------------------------------===//

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

OpFoldResult IdentityOp::fold(FoldAdaptor) { return getInput(); }

//===----------------------------------------------------------------------===//
// MatMul / Gemm
//===----------------------------------------------------------------------===//

LogicalResult MatMulOp::verify() {
  auto a = cast<ShapedType>(getA().getType());
  auto b = cast<ShapedType>(getB().getType());
  if (!a.hasRank() || !b.hasRank())
    return success();
  if (a.getRank() == 0 || b.getRank() == 0)
    return emitOpError("operands must have rank >= 1 (MatMul of a scalar)");
  // numpy.matmul: A's last dim meets B's second-to-last (B's only dim if 1-D).
  int64_t k = a.getShape().back();
  int64_t kb =
      b.getRank() == 1 ? b.getShape()[0] : b.getShape()[b.getRank() - 2];
  if (!ShapedType::isDynamic(k) && !ShapedType::isDynamic(kb) && k != kb)
    return emitOpError() << "contraction dims differ: A has " << k << ", B has "
                         << kb;
  return success();
}

LogicalResult GemmOp::verify() {
  if (failed(verifyFlag(*this, "transA", getTransA())) ||
      failed(verifyFlag(*this, "transB", getTransB())))
    return failure();
  auto a = cast<ShapedType>(getA().getType());
  auto b = cast<ShapedType>(getB().getType());
  if (a.hasRank() && a.getRank() != 2)
    return emitOpError() << "A must be 2-D, got rank " << a.getRank();
  if (b.hasRank() && b.getRank() != 2)
    return emitOpError() << "B must be 2-D, got rank " << b.getRank();
  if (!a.hasRank() || !b.hasRank())
    return success();
  int64_t ka = a.getShape()[getTransA() ? 0 : 1];
  int64_t kb = b.getShape()[getTransB() ? 1 : 0];
  if (!ShapedType::isDynamic(ka) && !ShapedType::isDynamic(kb) && ka != kb)
    return emitOpError() << "contraction dims differ: A' has " << ka
                         << ", B' has " << kb;
  if (auto c = dyn_cast<ShapedType>(getC().getType()))
    if (c.hasRank() && c.getRank() > 2)
      return emitOpError() << "C must have rank <= 2, got " << c.getRank();
  return success();
}

//===----------------------------------------------------------------------===//
// Reshape / Softmax
//===----------------------------------------------------------------------===//

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

LogicalResult SoftmaxOp::verify() {
  auto type = cast<ShapedType>(getInput().getType());
  if (!type.hasRank())
    return success();
  int64_t rank = type.getRank(), axis = getAxis();
  if (rank > 0 && (axis < -rank || axis >= rank))
    return emitOpError() << "axis " << axis << " is out of range for rank "
                         << rank;
  return success();
}

#define GET_OP_CLASSES
#include "dialects/ONNX/ONNXOps.cpp.inc"
