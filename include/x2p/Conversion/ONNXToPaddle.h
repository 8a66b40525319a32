//===- ONNXToPaddle.h - onnx → paddle conversion patterns -------*- C++ -*-===//
//
// The patterns of --onnx-to-paddle, for a conversion of one's own (a pass
// that converts part of a module, or mixes these patterns with others). The
// patterns say why they refuse an op: the reasons land in an
// ONNXToPaddleFailures record the caller owns, so that it can report every
// op left unconverted at once, as the pass does.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_CONVERSION_ONNXTOPADDLE_H
#define X2P_CONVERSION_ONNXTOPADDLE_H

#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Twine.h"

#include <string>

namespace x2p {

/// Why ops could not be converted: filled by the patterns while a
/// conversion runs; the key is the onnx op a pattern refused (an op with no
/// entry had no pattern, or none that said why).
struct ONNXToPaddleFailures {
  llvm::DenseMap<mlir::Operation *, std::string> reasons;

  /// Records `why` for `op` and fails, for a pattern to return.
  mlir::LogicalResult fail(mlir::Operation *op, const llvm::Twine &why) {
    reasons[op] = why.str();
    return mlir::failure();
  }
};

/// Adds every onnx → paddle pattern to `patterns`. The patterns keep
/// references to `converter` and `failures`, which must outlive the
/// conversion. They build paddle ops of the onnx ops' own tensor types, so
/// `converter` is the identity in --onnx-to-paddle; the target must take the
/// paddle dialect as legal (and onnx.NoValue, the absent-input marker).
void populateONNXToPaddlePatterns(const mlir::TypeConverter &converter,
                                  mlir::RewritePatternSet &patterns,
                                  ONNXToPaddleFailures &failures);

} // namespace x2p

#endif // X2P_CONVERSION_ONNXTOPADDLE_H
