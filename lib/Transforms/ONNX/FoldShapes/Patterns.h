//===- Patterns.h - the --onnx-fold-shapes pattern sets ---------*- C++ -*-===//
//
// The folding patterns, the Dropout removal and the unflattened Gemm live
// in separate files; populateONNXFoldShapesPatterns() (Passes.h) adds them.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_TRANSFORMS_ONNX_FOLDSHAPES_PATTERNS_H
#define X2P_LIB_TRANSFORMS_ONNX_FOLDSHAPES_PATTERNS_H

#include <cstdint>

namespace mlir {
class RewritePatternSet;
} // namespace mlir

namespace x2p::ONNX {
void populateShapeFoldingPatterns(mlir::RewritePatternSet &patterns,
                                  int64_t maxElements);
void populateInferenceDropoutPatterns(mlir::RewritePatternSet &patterns);
void populateUnflattenedGemmPatterns(mlir::RewritePatternSet &patterns);
} // namespace x2p::ONNX

#endif // X2P_LIB_TRANSFORMS_ONNX_FOLDSHAPES_PATTERNS_H
