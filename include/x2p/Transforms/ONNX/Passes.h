//===- Passes.h - onnx -> onnx passes ---------------------------*- C++ -*-===//
//
// Shape inference and shape folding of onnx IR, declared from
// Passes.td, plus the entry points other libraries (the conversion, the
// x2p driver) call without going through the pass manager.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_ONNX_PASSES_H
#define X2P_TRANSFORMS_ONNX_PASSES_H

#include "x2p/Dialect/ONNX/ONNXDialect.h"
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

/// The --onnx-fold-shapes patterns; constants they create hold at most
/// `maxFoldElements` elements. Identity goes by its folder, which the
/// greedy driver applies.
void populateONNXFoldShapesPatterns(mlir::RewritePatternSet &patterns,
                                    int64_t maxFoldElements = 4096);

/// Dims for named graph inputs, -1 for a dim left dynamic.
using InputShapes =
    std::vector<std::pair<std::string, llvm::SmallVector<int64_t>>>;

/// Parses `NAME:DIMS[,NAME:DIMS...]`, DIMS as `1x128` with `?` or -1 for a
/// dynamic dim; on failure says why in `error`.
mlir::FailureOr<InputShapes> parseInputShapes(llvm::StringRef text,
                                              std::string &error);

/// Gives the arguments of `func` named (onnx.name) in `shapes` those dims;
/// an unknown name, a rank or a fixed dim that differs is an error at
/// `func`.
mlir::LogicalResult setInputShapes(mlir::func::FuncOp func,
                                   const InputShapes &shapes);

#define GEN_PASS_REGISTRATION
#include "x2p/Transforms/ONNX/Passes.h.inc"

} // namespace x2p::ONNX

#endif // X2P_TRANSFORMS_ONNX_PASSES_H
