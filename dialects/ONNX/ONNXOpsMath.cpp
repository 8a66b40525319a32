//===- ONNXOpsMath.cpp - verifiers of the onnx matrix ops -----------------===//
//
// MatMul and Gemm: contraction dims and ranks that ONNX forbids, checked
// where the types state them; unknown dims are never guessed.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "ONNXVerifierUtils.h"

using namespace mlir;
using namespace x2p::ONNX;

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
