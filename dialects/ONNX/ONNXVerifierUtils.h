//===- ONNXVerifierUtils.h - helpers of the onnx op verifiers ---*- C++ -*-===//
//
// Small checks shared by the hand-written verifiers of several op families.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_ONNXVERIFIERUTILS_H
#define X2P_DIALECT_ONNX_ONNXVERIFIERUTILS_H

#include "mlir/IR/Operation.h"

namespace x2p::ONNX {

/// Checks that a 0/1 flag attribute (transA, allowzero, ...) holds 0 or 1.
inline mlir::LogicalResult verifyFlag(mlir::Operation *op, llvm::StringRef name,
                                      int64_t value) {
  if (value == 0 || value == 1)
    return mlir::success();
  return op->emitOpError() << "attribute '" << name << "' must be 0 or 1, got "
                           << value;
}

} // namespace x2p::ONNX

#endif // X2P_DIALECT_ONNX_ONNXVERIFIERUTILS_H
