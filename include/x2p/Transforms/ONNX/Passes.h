//===- Passes.h - onnx -> onnx passes ---------------------------*- C++ -*-===//
//
// Shape inference and canonicalization of onnx IR, declared from
// Passes.td, plus the entry points other libraries (the conversion, the
// x2p driver) call without going through the pass manager.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_ONNX_PASSES_H
#define X2P_TRANSFORMS_ONNX_PASSES_H

#include "dialects/ONNX/ONNXDialect.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir {
class RewritePatternSet;
} // namespace mlir

namespace x2p::ONNX {

#define GEN_PASS_DECL
#include "x2p/Transforms/ONNX/Passes.h.inc"

/// Refines the result types of the onnx ops of `func` (and its result
/// types); returns true when some type changed.
bool inferShapes(mlir::func::FuncOp func);

/// The --onnx-canonicalize patterns; constants they create hold at most
/// `maxFoldElements` elements.
void populateONNXCanonicalizePatterns(mlir::RewritePatternSet &patterns,
                                      int64_t maxFoldElements = 4096);

#define GEN_PASS_REGISTRATION
#include "x2p/Transforms/ONNX/Passes.h.inc"

} // namespace x2p::ONNX

#endif // X2P_TRANSFORMS_ONNX_PASSES_H
