//===- Patterns.h - the --onnx-canonicalize pattern sets --------*- C++ -*-===//
//
// The folding patterns and the Identity/Dropout removal live in separate
// files; populateONNXCanonicalizePatterns() (Passes.h) adds both.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_TRANSFORMS_ONNX_CANONICALIZE_PATTERNS_H
#define X2P_LIB_TRANSFORMS_ONNX_CANONICALIZE_PATTERNS_H

#include <cstdint>

namespace mlir {
class RewritePatternSet;
} // namespace mlir

namespace x2p::ONNX {
void populateShapeFoldingPatterns(mlir::RewritePatternSet &patterns,
                                  int64_t maxElements);
void populateIdentityDropoutPatterns(mlir::RewritePatternSet &patterns);
} // namespace x2p::ONNX

#endif // X2P_LIB_TRANSFORMS_ONNX_CANONICALIZE_PATTERNS_H
