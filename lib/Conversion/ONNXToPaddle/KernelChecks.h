//===- KernelChecks.h - refusing types Paddle's CPU kernels lack -*- C++
//-*-===//
//
// The conversion's side of the paddle dialect's kernel-type table
// (include/x2p/Dialect/Paddle/PaddleKernels.h): before emitting a Paddle op, a pattern
// checks the type the op's kernel dispatches on, so that a type the kernel
// lacks fails the ONNX op with the reason rather than the emitted op's
// verifier. The math families instead compute in a type the kernel has
// (buildWithKernel, MathKernels.h).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_KERNELCHECKS_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_KERNELCHECKS_H

#include "Patterns.h"

#include "x2p/Dialect/Paddle/PaddleKernels.h"
#include "mlir/IR/TypeUtilities.h"

namespace x2p::onnx_to_paddle {

/// Records "Paddle's CPU `what` kernel has no `element` variant" for `op`.
inline mlir::LogicalResult failKernelType(mlir::Operation *op,
                                          llvm::StringRef what,
                                          mlir::Type element,
                                          Failures &failures) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "Paddle's CPU " << what << " kernel has no " << element << " variant";
  return failures.fail(op, s);
}

/// Fails `op` unless the element type of `type` (a tensor type or an
/// element type) is in `types`: for a lowering that runs several kernels on
/// that type, `types` is what they share and `what` names them ("tril_triu
/// and where").
inline mlir::LogicalResult checkKernelTypes(mlir::Operation *op,
                                            llvm::StringRef what,
                                            unsigned types, mlir::Type type,
                                            Failures &failures) {
  mlir::Type element = mlir::getElementTypeOrSelf(type);
  if (Paddle::kernelTypeOf(element) & types)
    return mlir::success();
  return failKernelType(op, what, element, failures);
}

/// Fails `op` unless the CPU kernel of `paddleOp` (an op name such as
/// Paddle::LeakyReluOp::getOperationName()) takes the element type of
/// `type`.
inline mlir::LogicalResult checkKernelTypes(mlir::Operation *op,
                                            llvm::StringRef paddleOp,
                                            mlir::Type type,
                                            Failures &failures) {
  llvm::StringRef what = paddleOp;
  what.consume_front("paddle.");
  return checkKernelTypes(op, what, Paddle::cpuKernelTypes(paddleOp), type,
                          failures);
}

/// The same checks of `value`'s element type.
inline mlir::LogicalResult checkKernelTypes(mlir::Operation *op,
                                            llvm::StringRef what,
                                            unsigned types, mlir::Value value,
                                            Failures &failures) {
  return checkKernelTypes(op, what, types, value.getType(), failures);
}
inline mlir::LogicalResult checkKernelTypes(mlir::Operation *op,
                                            llvm::StringRef paddleOp,
                                            mlir::Value value,
                                            Failures &failures) {
  return checkKernelTypes(op, paddleOp, value.getType(), failures);
}

} // namespace x2p::onnx_to_paddle

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_KERNELCHECKS_H
